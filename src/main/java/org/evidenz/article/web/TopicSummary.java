package org.evidenz.article.web;

import java.util.List;

import org.evidenz.article.Topic;

/** A topic as the start page lists it, with its published articles. */
public record TopicSummary(Topic topic, String path, List<ArticleLink> articles) {
}
