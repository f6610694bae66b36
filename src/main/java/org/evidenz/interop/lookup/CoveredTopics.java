package org.evidenz.interop.lookup;

import java.util.Collection;
import java.util.List;

import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Topic;
import org.evidenz.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Which published topics cover the diagnoses a health record names, with their published articles. Reads through
 * {@link PublishedArticles} only: a topic whose articles are all drafts or archived is not published, so it is never
 * found, and an unpublished article is never listed.
 */
@Component
class CoveredTopics {

    /** A published topic about a condition the record named, and its published articles in reading order. */
    record Coverage(Topic topic, List<Article> articles) {
    }

    private final PublishedArticles published;

    CoveredTopics(PublishedArticles published) {
        this.published = published;
    }

    /** The topics, in the site's order, whose condition carries one of the codes or one of their parents. */
    List<Coverage> find(Language language, Collection<RequestedCode> codes) {
        return published.topics(language).stream()
                .filter(topic -> published.conditionOf(topic).stream()
                        .flatMap(condition -> condition.codes().stream())
                        .anyMatch(ours -> codes.stream().anyMatch(code -> code.isAnsweredBy(ours))))
                .map(topic -> new Coverage(topic, published.articles(language, topic)))
                .filter(coverage -> !coverage.articles().isEmpty())
                .toList();
    }
}
