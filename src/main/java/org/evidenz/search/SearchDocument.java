package org.evidenz.search;

import java.util.List;

/**
 * One thing a reader can find: an article, a section of one, a treatment, a glossary term or a condition.
 *
 * @param id unique within a language, e.g. {@code treatment:massage}
 * @param url where the result leads, down to the anchor ({@code /en/low-back-pain/passive-treatments#who-pays})
 * @param keywords names people use besides the title: aliases, variants, lay names, codes, word forms
 * @param body plain text
 * @param context what the result belongs to, shown beside it (e.g. the article of a section)
 */
public record SearchDocument(String id, SearchType type, String url, String title, String keywords, String body,
        List<String> topicIds, String context) {

    public SearchDocument {
        topicIds = List.copyOf(topicIds);
    }
}
