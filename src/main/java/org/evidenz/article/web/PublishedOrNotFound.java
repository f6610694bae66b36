package org.evidenz.article.web;

import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Topic;
import org.evidenz.shared.Language;
import org.evidenz.site.NotFoundException;
import org.springframework.stereotype.Component;

/** {@link PublishedArticles} for controllers: what is not published is "not found", with a message for the API. */
@Component
class PublishedContent {

    private final PublishedArticles published;

    PublishedContent(PublishedArticles published) {
        this.published = published;
    }

    PublishedArticles published() {
        return published;
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
