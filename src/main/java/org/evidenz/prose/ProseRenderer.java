package org.evidenz.prose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns authored Markdown into HTML a reader's browser can trust: raw HTML is escaped, URLs are sanitized, the
 * result passes the OWASP sanitizer, citations become numbered links to the reference list and glossary terms
 * are linked with their definition.
 */
@Component
public class ProseRenderer {

    // Citations are swapped for private-use markers before parsing, so that CommonMark does not read
    // "[@id]" as a link reference; the markers come back as Text and are turned into citation nodes.
    private static final char MARK_START = '\uE000';
    private static final char MARK_END = '\uE001';
    private static final Pattern MARKER = Pattern.compile(MARK_START + "([^" + MARK_END + "]*)" + MARK_END);

    /** Only our own stored pictures: no image from elsewhere, which would tell another site who reads what. */
    private static final Pattern PICTURE_URL = Pattern.compile("/pictures/[a-z0-9-]{1,180}\\.(?:jpg|png)");
    /** Prose is at most about 45em wide; on a phone, the screen's width. */
    static final String FIGURE_SIZES = "(max-width: 48em) 100vw, 45em";

    private static final PolicyFactory POLICY = policy().toFactory();

    /** A whole page of prose under the page's own title: its headings start one level below, at {@code h2}. */
    private static final PolicyFactory PAGE_POLICY = policy().allowElements("h2").toFactory();

    private static HtmlPolicyBuilder policy() {
        return new HtmlPolicyBuilder()
                .allowElements("p", "ul", "ol", "li", "em", "strong", "code", "pre", "blockquote", "h3", "h4", "br",
                        "hr", "a", "span", "sup", "figure", "figcaption", "img")
                .allowUrlProtocols("https", "http", "mailto")
                .allowAttributes("href").onElements("a")
                .allowAttributes("src").matching(PICTURE_URL).onElements("img")
                .allowAttributes("srcset").matching(Pattern.compile("(" + PICTURE_URL.pattern() + " \\d{1,5}w"
                        + "(\\s*,\\s*)?)+")).onElements("img")
                .allowAttributes("sizes").matching(Pattern.compile(Pattern.quote(FIGURE_SIZES))).onElements("img")
                .allowAttributes("width", "height").matching(Pattern.compile("\\d{1,5}")).onElements("img")
                .allowAttributes("alt").onElements("img")
                .allowAttributes("loading").matching(Pattern.compile("lazy|eager")).onElements("img")
                .allowAttributes("decoding").matching(Pattern.compile("async")).onElements("img")
                .allowAttributes("class").matching(Pattern.compile("term|term-link|term-tip|cite|visually-hidden"))
                .onElements("a", "span", "sup")
                .allowAttributes("class").matching(Pattern.compile("picture")).onElements("figure")
                .allowAttributes("aria-describedby").matching(Pattern.compile("term-[a-z0-9-]+")).onElements("a")
                .allowAttributes("id").matching(Pattern.compile("term-[a-z0-9-]+")).onElements("span")
                .allowAttributes("role").matching(Pattern.compile("tooltip")).onElements("span");
    }

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer htmlRenderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(EvidenzNodeRenderer::new)
            .build();
    private final TextContentRenderer textRenderer = TextContentRenderer.builder().build();

    /** Renders Markdown to sanitized HTML; null and blank give an empty string. */
    public String render(String markdown, ProseContext context) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markCitations(markdown));
        enrich(document, context);
        return POLICY.sanitize(htmlRenderer.render(document));
    }

    /**
     * Like {@link #render}, for prose that is a page of its own under the page's title (a page about the site), so
     * that its {@code ##} headings are kept as {@code h2}; in other prose they are not, a section's heading being
     * that level.
     */
    public String renderPage(String markdown, ProseContext context) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markCitations(markdown));
        enrich(document, context);
        return PAGE_POLICY.sanitize(htmlRenderer.render(document));
    }

    /** Like {@link #render} but without the paragraph around a single paragraph, for use inside a sentence or list. */
    public String renderInline(String markdown, ProseContext context) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markCitations(markdown));
        if (document.getFirstChild() instanceof Paragraph paragraph && paragraph.getNext() == null) {
            enrich(document, context);
            StringBuilder html = new StringBuilder();
            for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                html.append(htmlRenderer.render(child));
            }
            return POLICY.sanitize(html.toString());
        }
        enrich(document, context);
        return POLICY.sanitize(htmlRenderer.render(document));
    }

    /** The text of Markdown without any formatting or citations, e.g. for a tooltip or a meta description. */
    public String plainText(String markdown) {
        if (markdown == null) {
            return "";
        }
        String withoutCitations = ProseSyntax.CITATION.matcher(markdown).replaceAll("");
        return textRenderer.render(parser.parse(withoutCitations)).replaceAll("\\s+", " ").strip()
                .replaceAll(" ([.,;:])", "$1");
    }

    private static String markCitations(String markdown) {
        return ProseSyntax.CITATION.matcher(markdown)
                .replaceAll(m -> Matcher.quoteReplacement(MARK_START + m.group(1) + MARK_END));
    }

    private static void enrich(Node document, ProseContext context) {
        figures(document, context);
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }
        });
        for (Text text : texts) {
            List<Node> replacement = split(text.getLiteral(), mayLinkTerms(text), context);
            if (replacement != null) {
                replacement.forEach(text::insertBefore);
                text.unlink();
            }
        }
    }

    /**
     * A library picture alone in its paragraph becomes a figure, when the page can show it; every other image is
     * dropped (a picture inside a sentence, one from another site, one without alt text in this language).
     */
    private static void figures(Node document, ProseContext context) {
        List<Image> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
            }
        });
        for (Image image : images) {
            String destination = image.getDestination();
            Node paragraph = image.getParent();
            ProseFigure figure = destination.startsWith(ProseSyntax.IMAGE_PREFIX)
                    ? context.figure(destination.substring(ProseSyntax.IMAGE_PREFIX.length())) : null;
            if (figure != null && paragraph instanceof Paragraph && image.getPrevious() == null
                    && image.getNext() == null) {
                paragraph.insertBefore(new ProseNodes.Figure(figure));
                paragraph.unlink();
            } else {
                image.unlink();
            }
        }
    }

    private static boolean mayLinkTerms(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Link || parent instanceof Heading || parent instanceof Code) {
                return false;
            }
        }
        return true;
    }

    /** The nodes that replace a text, or null when it has neither citations nor terms to link. */
    private static List<Node> split(String literal, boolean linkTerms, ProseContext context) {
        List<Node> nodes = new ArrayList<>();
        boolean changed = false;
        Matcher marker = MARKER.matcher(literal);
        int position = 0;
        while (marker.find()) {
            changed |= addTextWithTerms(nodes, literal.substring(position, marker.start()), linkTerms, context);
            nodes.add(new ProseNodes.Citation(context.citationHtml(ProseSyntax.idsOf(marker.group(1)))));
            changed = true;
            position = marker.end();
        }
        changed |= addTextWithTerms(nodes, literal.substring(position), linkTerms, context);
        return changed ? nodes : null;
    }

    private static boolean addTextWithTerms(List<Node> nodes, String text, boolean linkTerms, ProseContext context) {
        if (text.isEmpty()) {
            return false;
        }
        int position = 0;
        boolean linked = false;
        ProseContext.TermMatch match;
        while (linkTerms && (match = context.nextUnlinkedTerm(text, position)) != null) {
            if (match.start() > position) {
                nodes.add(new Text(text.substring(position, match.start())));
            }
            nodes.add(new ProseNodes.GlossaryTerm(match.term(), text.substring(match.start(), match.end())));
            position = match.end();
            linked = true;
        }
        if (position < text.length()) {
            nodes.add(new Text(text.substring(position)));
        }
        return linked;
    }

    private static final class EvidenzNodeRenderer implements NodeRenderer {

        private final HtmlWriter html;

        EvidenzNodeRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return new HashSet<>(ProseNodes.types());
        }

        @Override
        public void render(Node node) {
            if (node instanceof ProseNodes.Citation citation) {
                html.raw(citation.html);
            } else if (node instanceof ProseNodes.Figure figure) {
                renderFigure(figure.figure);
            } else if (node instanceof ProseNodes.GlossaryTerm glossaryTerm) {
                TermLink term = glossaryTerm.term;
                String tipId = "term-" + term.id();
                html.raw("<span class=\"term\">");
                html.tag("a", attributes("class", "term-link", "href", term.href(), "aria-describedby", tipId));
                html.text(glossaryTerm.text);
                html.tag("/a");
                html.tag("span", attributes("class", "term-tip", "role", "tooltip", "id", tipId));
                html.text(term.definition());
                html.tag("/span");
                html.raw("</span>");
            }
        }

        private void renderFigure(ProseFigure figure) {
            html.line();
            html.tag("figure", attributes("class", "picture"));
            html.tag("img", attributes("src", figure.src(), "srcset", figure.srcset(), "sizes", FIGURE_SIZES,
                    "width", Integer.toString(figure.width()), "height", Integer.toString(figure.height()),
                    "alt", figure.alt(), "loading", "lazy", "decoding", "async"), true);
            if (!figure.caption().isEmpty()) {
                html.tag("figcaption");
                html.text(figure.caption());
                html.tag("/figcaption");
            }
            html.tag("/figure");
            html.line();
        }

        /** In the given order, so that the same page always renders to the same bytes. */
        private static java.util.Map<String, String> attributes(String... namesAndValues) {
            var attributes = new java.util.LinkedHashMap<String, String>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                attributes.put(namesAndValues[i], namesAndValues[i + 1]);
            }
            return attributes;
        }
    }
}
