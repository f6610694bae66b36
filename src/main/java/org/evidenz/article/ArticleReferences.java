package org.evidenz.article;

import java.util.List;

import org.evidenz.source.Reference;

/**
 * The sources an article page lists, in the page's order: those cited (numbered as the page numbers them), then
 * those consulted. The reader pages compute them while rendering; other channels ask
 * {@link PublishedArticles#references(Article)}, which answers only for published articles.
 */
public interface ArticleReferences {

    List<Reference> of(Article article, Topic topic);
}
