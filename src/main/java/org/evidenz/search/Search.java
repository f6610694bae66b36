package org.evidenz.search;

import java.util.List;

import org.evidenz.shared.Language;
import org.springframework.stereotype.Service;

/** Searching published content: full results for the results page and the API, suggestions while typing. */
@Service
public class Search {

    private final SearchIndexes indexes;

    Search(SearchIndexes indexes) {
        this.indexes = indexes;
    }

    public SearchResults search(Language language, SearchRequest request) {
        return indexes.get(language).search(request);
    }

    public List<Suggestion> suggest(Language language, String prefix, int limit) {
        return indexes.get(language).suggest(prefix, Math.max(1, Math.min(limit, 20)));
    }
}
