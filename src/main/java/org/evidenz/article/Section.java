package org.evidenz.article;

/**
 * One section of an article.
 *
 * @param anchor the fragment that links to it, e.g. {@code in-short}
 * @param body Markdown that may cite sources and embed blocks such as {@code {{comparison-table}}}
 */
public record Section(String anchor, Layer layer, String title, String body) {
}
