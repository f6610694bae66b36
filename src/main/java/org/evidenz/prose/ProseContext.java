package org.evidenz.prose;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * What one page shares while its prose is rendered in reading order: the numbering of cited sources (first cited,
 * first numbered) and the glossary terms, each linked at its first occurrence only. One per page render; not
 * thread-safe.
 */
public final class ProseContext {

    private final Map<String, Integer> citationNumbers = new LinkedHashMap<>();
    private final Map<String, TermLink> termsByForm = new LinkedHashMap<>();
    private final Set<String> linkedTermIds = new HashSet<>();
    private final Pattern termPattern;
    private final String citationLabel;
    private final Function<String, ProseFigure> figures;

    /**
     * @param terms the glossary terms to link
     * @param citationLabel the word screen readers hear before a citation number, e.g. "Source"
     */
    public ProseContext(Collection<TermLink> terms, String citationLabel) {
        this(terms, citationLabel, id -> null);
    }

    /**
     * @param figures the picture with an id as this page's language shows it, or null when it cannot be shown (no
     *     such picture, or no alt text in this language): then nothing is shown, never an image without alt text
     */
    public ProseContext(Collection<TermLink> terms, String citationLabel, Function<String, ProseFigure> figures) {
        this.citationLabel = citationLabel;
        this.figures = figures;
        for (TermLink term : terms) {
            for (String form : term.forms()) {
                termsByForm.putIfAbsent(form.toLowerCase(java.util.Locale.ROOT), term);
            }
        }
        this.termPattern = termsByForm.isEmpty() ? null : compile(termsByForm.keySet());
    }

    private static Pattern compile(Set<String> forms) {
        // Longest first, so "chronic back pain" wins over "back pain".
        String alternatives = forms.stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Numbers these sources (reusing a number for a source cited before) and returns their numbers. */
    public List<Integer> cite(Collection<String> sourceIds) {
        List<Integer> numbers = new ArrayList<>();
        for (String id : sourceIds) {
            Integer number = citationNumbers.computeIfAbsent(id, k -> citationNumbers.size() + 1);
            if (!numbers.contains(number)) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    /** The citation marker for these sources, e.g. [1, 3], linking to the page's reference list. */
    public String citationHtml(Collection<String> sourceIds) {
        List<Integer> numbers = cite(sourceIds).stream().sorted().toList();
        if (numbers.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<sup class=\"cite\">[");
        for (int i = 0; i < numbers.size(); i++) {
            if (i > 0) {
                html.append(", ");
            }
            int n = numbers.get(i);
            html.append("<a href=\"#ref-").append(n).append("\"><span class=\"visually-hidden\">")
                    .append(HtmlUtils.htmlEscape(citationLabel)).append(" </span>").append(n).append("</a>");
        }
        return html.append("]</sup>").toString();
    }

    /** The picture {@code id} as this page shows it, or null. */
    ProseFigure figure(String id) {
        return figures.apply(id);
    }

    /** Source ids in the order they were first cited; the position + 1 is the citation number. */
    public List<String> citedSourceIds() {
        return List.copyOf(citationNumbers.keySet());
    }

    /**
     * Finds the next glossary term in {@code text} from {@code from} that has not been linked on this page yet.
     * Returns null when there is none.
     */
    TermMatch nextUnlinkedTerm(String text, int from) {
        if (termPattern == null) {
            return null;
        }
        Matcher matcher = termPattern.matcher(text);
        int position = from;
        while (position < text.length() && matcher.find(position)) {
            TermLink term = termsByForm.get(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
            if (term != null && linkedTermIds.add(term.id())) {
                return new TermMatch(term, matcher.start(), matcher.end());
            }
            position = matcher.end();
        }
        return null;
    }

    record TermMatch(TermLink term, int start, int end) {
    }
}
