package org.evidenz.article;

import java.util.Map;

/**
 * Renders an unpublished version of an article (or of a page about the site) as readers would see it, for editors.
 * The draft's own text is shown; the structured blocks it embeds (comparison table, treatment cards) show the
 * published data.
 */
public interface ArticlePreviews {

    /** The model for the reader's article view ({@link #VIEW}), marked as a preview and not indexable. */
    Map<String, Object> model(Article draft, Topic topic);

    String VIEW = "article/article";

    /** The model for the reader's view of a page about the site ({@link #ABOUT_VIEW}), marked as a preview. */
    Map<String, Object> model(AboutPage draft);

    String ABOUT_VIEW = "article/about";
}
