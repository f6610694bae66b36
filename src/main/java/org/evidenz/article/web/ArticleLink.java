package org.evidenz.article.web;

import org.evidenz.article.Article;

/** A published article and the address readers open it at. */
public record ArticleLink(Article article, String path) {
}
