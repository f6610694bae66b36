package org.evidenz.search;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.springframework.web.util.HtmlUtils;

/** The excerpt under each result: the passage of running text around the matched words, marked and escaped. */
final class Snippets {

    private static final int LENGTH = 220;

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The best passage of each result's body with the matches in {@code <mark>}, or null where nothing matched. */
    String[] highlight(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return new String[0];
        }
        TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        // Typo and prefix matching only concern names, and a snippet needs words, not exact phrases: leaving both
        // out of highlighting makes it several times cheaper.
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(100_000)
                .withHighlightPhrasesStrictly(false)
                .withHandleMultiTermQuery(false)
                .build();
        return highlighter.highlight(SearchFields.BODY, query, pageDocs, 1);
    }

    /** The snippet of one result: its highlighted passage, shortened, or else the opening of its body. */
    static String of(String highlighted, String body) {
        return highlighted != null ? shorten(highlighted) : opening(body);
    }

    /** Highlighted passages can be whole paragraphs; keep the part around the first match. */
    private static String shorten(String highlighted) {
        if (highlighted.length() <= LENGTH * 2) {
            return highlighted;
        }
        int mark = Math.max(0, highlighted.indexOf("<mark>"));
        int start = Math.max(0, highlighted.lastIndexOf(' ', Math.max(0, mark - 60)));
        int end = highlighted.indexOf(' ', Math.min(highlighted.length(), start + LENGTH * 2));
        String cut = highlighted.substring(start, end < 0 ? highlighted.length() : end).strip();
        // Never cut inside a mark or an entity.
        if (cut.lastIndexOf("<mark>") > cut.lastIndexOf("</mark>")) {
            cut = cut + "</mark>";
        }
        cut = cut.replaceAll("&[a-zA-Z0-9#]*$", "");
        return (start > 0 ? "… " : "") + cut + (end > 0 && end < highlighted.length() ? " …" : "");
    }

    private static String opening(String body) {
        String text = body == null ? "" : body;
        if (text.length() > LENGTH) {
            int end = text.lastIndexOf(' ', LENGTH);
            text = text.substring(0, end > 0 ? end : LENGTH) + " …";
        }
        return HtmlUtils.htmlEscape(text);
    }
}
