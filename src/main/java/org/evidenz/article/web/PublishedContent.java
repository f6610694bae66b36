package org.evidenz.article.web;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.evidenz.article.Article;
import org.evidenz.article.Articles;
import org.evidenz.article.Topic;
import org.evidenz.article.Topics;
import org.evidenz.shared.Language;
import org.evidenz.site.NotFoundException;
import org.evidenz.site.PublishedLanguages;
import org.springframework.stereotype.Component;

/**
 * The one door public channels use to reach articles: only published articles, only topics that have one, and
 * only treatments that a published article presents. Everything else is "not found".
 */
@Component
class PublishedContent implements PublishedLanguages {

    private final Topics topics;
    private final Articles articles;

    PublishedContent(Topics topics, Articles articles) {
        this.topics = topics;
        this.articles = articles;
    }

    List<Topic> topics(Language language) {
        return topics.findPublished(language);
    }

    Topic topic(Language language, String slug) {
        return topics.findPublishedBySlug(language, slug)
                .orElseThrow(() -> new NotFoundException("No published topic '" + slug + "' in " + language + "."));
    }

    List<Article> articles(Language language, Topic topic) {
        return articles.findPublishedByTopic(language, topic.id());
    }

    Article article(Language language, Topic topic, String slug) {
        return articles.findPublished(language, topic.id(), slug)
                .orElseThrow(() -> new NotFoundException("No published article '" + slug + "' in topic '"
                        + topic.slug() + "'."));
    }

    /** Ids of the treatments that published articles present, in the order the articles list them. */
    Set<String> treatmentIds(Language language) {
        Set<String> ids = new LinkedHashSet<>();
        articles.findPublished(language).forEach(a -> ids.addAll(a.treatmentIds()));
        return ids;
    }

    /** Published articles that present a treatment. */
    List<Article> articlesPresenting(Language language, String treatmentId) {
        return articles.findPublished(language).stream().filter(a -> a.treatmentIds().contains(treatmentId)).toList();
    }

    Topic topicOf(Article article) {
        return topics.findById(article.language(), article.topicId())
                .orElseThrow(() -> new IllegalStateException("Article " + article.id() + " has no topic"));
    }

    @Override
    public Set<Language> published() {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (Language language : Language.values()) {
            if (!topics.findPublished(language).isEmpty()) {
                languages.add(language);
            }
        }
        return languages;
    }

    static String path(Topic topic) {
        return "/" + topic.language().code() + "/" + topic.slug();
    }

    static String path(Topic topic, Article article) {
        return path(topic) + "/" + article.slug();
    }
}
