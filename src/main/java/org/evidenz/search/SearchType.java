package org.evidenz.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a search result is: readers can narrow results to one type. */
public enum SearchType {
    ARTICLE,
    SECTION,
    TREATMENT,
    TERM,
    CONDITION;

    /** The name in URLs and the API, e.g. {@code treatment}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SearchType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
