package org.evidenz.article.web;

import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Topic;
import org.evidenz.shared.Language;
import org.evidenz.site.NotFoundException;
import org.springframework.stereotype.Component;

/** The published topic or article a reader asked for ({@link PublishedArticles}), or else a 404 with a message. */
@Component
class PublishedOrNotFound {

    private final PublishedArticles published;

    PublishedOrNotFound(PublishedArticles published) {
        this.published = published;
    }

    Topic topic(Language language, String slug) {
        return published.topic(language, slug)
                .orElseThrow(() -> new NotFoundException("No published topic '" + slug + "' in " + language + "."));
    }

    Article article(Language language, Topic topic, String slug) {
        return published.article(language, topic, slug)
                .orElseThrow(() -> new NotFoundException("No published article '" + slug + "' in topic '"
                        + topic.slug() + "'."));
    }
}
