package org.evidenz.article;

/** Where an article stands. Only {@link #PUBLISHED} articles reach any public channel. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
