/**
 * Topics and articles, and {@link org.evidenz.article.PublishedArticles}, the one door to published content that
 * every public channel goes through; the reader pages and the read API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"treatment", "evidence", "condition", "glossary",
        "source", "prose", "site"})
package org.evidenz.article;
