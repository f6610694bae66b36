package org.evidenz.article;

import java.util.Map;

/**
 * Renders an unpublished version of an article as readers would see it, for editors. The draft's own text is
 * shown; the structured blocks it embeds (comparison table, treatment cards) show the published data.
 */
public interface ArticlePreviews {

    /** The model for the reader's article view ({@link #VIEW}), marked as a preview and not indexable. */
    Map<String, Object> model(Article draft, Topic topic);

    String VIEW = "article/article";
}
