package org.evidenz.search;

/**
 * What a reader asked for. Free text only: nothing in it is query syntax, so Lucene's special characters, quotes
 * and the like are just characters.
 *
 * @param type only results of this type, or null for all
 * @param topicId only results belonging to this topic, or null for all
 * @param page 1-based
 */
public record SearchRequest(String text, SearchType type, String topicId, int page) {

    /** Longer queries are cut: nobody types more, and the cost of a query grows with its words. */
    public static final int MAX_LENGTH = 200;
    public static final int PAGE_SIZE = 10;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        page = Math.max(1, Math.min(page, 100));
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, 1);
    }
}
