package org.evidenz.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total how many results match in all, or at least (see {@code totalIsLowerBound})
 * @param totalIsLowerBound there are at least {@code total} results, probably more
 * @param countsByType how many results each type has, for the type filter; empty when there are too many to count
 * @param didYouMean the query with unknown words corrected, when a likelier spelling exists; else null
 * @param noSearchableWords the query held nothing to search for (only stop words, punctuation, emoji)
 */
public record SearchResults(SearchRequest request, List<Hit> hits, long total, boolean totalIsLowerBound,
        Map<SearchType, Long> countsByType,
        String didYouMean, boolean noSearchableWords) {

    public SearchResults {
        hits = List.copyOf(hits);
        countsByType = Map.copyOf(countsByType);
    }

    public int pages() {
        return (int) Math.min(100, (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
    }

    /**
     * One result.
     *
     * @param snippetHtml an excerpt with the matched words in {@code <mark>}; the text is HTML-escaped
     */
    public record Hit(String id, SearchType type, String url, String title, String snippetHtml, String context,
            float score) {
    }
}
