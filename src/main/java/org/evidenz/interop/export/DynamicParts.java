package org.evidenz.interop.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

import org.evidenz.shared.Language;
import org.evidenz.site.Messages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.springframework.web.util.HtmlUtils;

/**
 * What a page cannot do as a static file: every form (search, feedback, the decision aid's comparison, the
 * newsletter) and every link to an address the export does not hold (search results, the feedback form, the API).
 * With a dynamic address, GET forms and those links go there, and a POST form (it needs a token of the live site)
 * becomes a link to the same page there; without one, forms are left out with a note in the page's language and
 * links become their text. The rest of the page stays byte for byte as the site served it: edits are spliced into
 * the original text at the positions the parser reports, not re-serialised.
 */
final class DynamicParts {

    private final Predicate<String> exported;
    private final String siteBaseUrl;
    private final String dynamicBaseUrl;
    private final Function<Language, Messages> messages;

    /**
     * @param exported whether the export holds a file for a path (without query)
     * @param siteBaseUrl the site's public address, which absolute links to its own pages start with
     * @param dynamicBaseUrl the live application's address, or null
     */
    DynamicParts(Predicate<String> exported, String siteBaseUrl, String dynamicBaseUrl,
            Function<Language, Messages> messages) {
        this.exported = exported;
        this.siteBaseUrl = siteBaseUrl;
        this.dynamicBaseUrl = dynamicBaseUrl;
        this.messages = messages;
    }

    private record Edit(int start, int end, String text) {
    }

    /** The page at {@code pagePath}, as the site served it, made to work as a static file. */
    String rewrite(String html, String pagePath) {
        Document page = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        Messages text = messages.apply(Language.fromCode(page.selectFirst("html").attr("lang")).orElse(Language.EN));
        List<Edit> edits = new ArrayList<>();
        List<Element> replaced = new ArrayList<>();
        for (Element form : page.select("form")) {
            if (keepsWorking(form)) {
                edits.add(attribute(html, form, "action", dynamicBaseUrl + internalPath(form.attr("action"))));
                for (Element field : form.select("[data-suggest]")) {
                    edits.add(removeAttribute(html, field, "data-suggest")); // suggestions ask the live API
                }
                form.select("input[name=_csrf]").forEach(token -> edits.add(element(html, token, "")));
            } else {
                replaced.add(form);
                // The header's search box disappears; a note in every page's header would say little.
                edits.add(element(html, form, form.closest("main") == null ? "" : note(text, pagePath)));
            }
        }
        for (Element link : page.select("a[href]")) {
            if (replaced.stream().noneMatch(form -> link.parents().contains(form))) {
                edits.addAll(link(html, link));
            }
        }
        return splice(html, edits);
    }

    /** A GET form with a dynamic address to send it to; a POST form needs the live site's own page and token. */
    private boolean keepsWorking(Element form) {
        return dynamicBaseUrl != null && !"post".equals(form.attr("method").toLowerCase(Locale.ROOT))
                && internalPath(form.attr("action")) != null;
    }

    private List<Edit> link(String html, Element link) {
        String href = internalPath(link.attr("href"));
        if (href == null) {
            return List.of();
        }
        int query = indexOfAny(href, '?', '#');
        String path = query < 0 ? href : href.substring(0, query);
        boolean onlyFragment = query >= 0 && href.charAt(query) == '#';
        if (exported.test(path) && (query < 0 || onlyFragment)) {
            return List.of();
        }
        if (dynamicBaseUrl != null) {
            return List.of(attribute(html, link, "href", dynamicBaseUrl + href));
        }
        if (exported.test(path)) { // the page is here, what its query asks for is not: the page will say so
            return List.of(attribute(html, link, "href", path));
        }
        return unwrap(link);
    }

    /** A path on this site ({@code /en/search?q=…}) for an internal address, relative or absolute; else null. */
    private String internalPath(String address) {
        if (address.startsWith("/") && !address.startsWith("//")) {
            return address;
        }
        if (address.startsWith(siteBaseUrl + "/")) {
            return address.substring(siteBaseUrl.length());
        }
        return address.equals(siteBaseUrl) ? "/" : null;
    }

    private String note(Messages text, String pagePath) {
        if (dynamicBaseUrl == null) {
            return "<p class=\"notice export-note\">" + escape(text.t("export.note.unavailable")) + "</p>";
        }
        return "<p class=\"notice export-note\">" + escape(text.t("export.note.elsewhere")) + " <a href=\""
                + escape(dynamicBaseUrl + pagePath) + "\">" + escape(text.t("export.note.elsewhere.link"))
                + "</a></p>";
    }

    private static Edit attribute(String html, Element element, String name, String value) {
        Range range = element.attributes().sourceRange(name).valueRange();
        checkTracked(range, element);
        return new Edit(range.startPos(), range.endPos(), escape(value));
    }

    /** The attribute and the space before it. */
    private static Edit removeAttribute(String html, Element element, String name) {
        var range = element.attributes().sourceRange(name);
        checkTracked(range.nameRange(), element);
        int start = range.nameRange().startPos();
        while (start > 0 && Character.isWhitespace(html.charAt(start - 1))) {
            start--;
        }
        int end = range.valueRange().isTracked() ? range.valueRange().endPos() : range.nameRange().endPos();
        if (end < html.length() && (html.charAt(end) == '"' || html.charAt(end) == '\'')) {
            end++;
        }
        return new Edit(start, end, "");
    }

    /** The whole element, from its start tag to its end tag. */
    private static Edit element(String html, Element element, String replacement) {
        Range start = element.sourceRange();
        checkTracked(start, element);
        Range end = element.endSourceRange();
        boolean hasEndTag = end.isTracked() && !end.isImplicit() && end.startPos() >= start.endPos();
        if (!hasEndTag && !element.tag().isSelfClosing()) {
            throw new IllegalStateException("<" + element.tagName() + "> without an end tag at line "
                    + start.start().lineNumber());
        }
        return new Edit(start.startPos(), hasEndTag ? end.endPos() : start.endPos(), replacement);
    }

    /** Start and end tag go, the content stays. */
    private static List<Edit> unwrap(Element element) {
        Range start = element.sourceRange();
        Range end = element.endSourceRange();
        checkTracked(start, element);
        checkTracked(end, element);
        return List.of(new Edit(start.startPos(), start.endPos(), ""), new Edit(end.startPos(), end.endPos(), ""));
    }

    private static void checkTracked(Range range, Element element) {
        if (!range.isTracked() || range.isImplicit()) {
            throw new IllegalStateException("Cannot locate <" + element.tagName() + "> in the page's source");
        }
    }

    /** Applies the edits to the original text, from the last to the first; no two may overlap. */
    private static String splice(String html, List<Edit> edits) {
        List<Edit> sorted = edits.stream().sorted(Comparator.comparingInt(Edit::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start() < sorted.get(i - 1).end()) {
                throw new IllegalStateException("Overlapping edits at " + sorted.get(i).start());
            }
        }
        StringBuilder out = new StringBuilder(html);
        for (Edit edit : sorted.reversed()) {
            out.replace(edit.start(), edit.end(), edit.text());
        }
        return out.toString();
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
