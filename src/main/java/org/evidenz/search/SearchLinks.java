package org.evidenz.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of the results page that keep the reader's query and filters: for pages, "did you mean" and filters. */
public record SearchLinks(String base, SearchRequest request) {

    public String page(int page) {
        return build(request.text(), request.type(), request.topicId(), page);
    }

    public String query(String text) {
        return build(text, request.type(), request.topicId(), 1);
    }

    public String type(SearchType type) {
        return build(request.text(), type, request.topicId(), 1);
    }

    /** The same words without any filter. */
    public String everything() {
        return build(request.text(), null, null, 1);
    }

    private String build(String text, SearchType type, String topicId, int page) {
        StringBuilder url = new StringBuilder(base).append("?q=").append(encode(text));
        if (type != null) {
            url.append("&type=").append(type.code());
        }
        if (topicId != null) {
            url.append("&topic=").append(encode(topicId));
        }
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
