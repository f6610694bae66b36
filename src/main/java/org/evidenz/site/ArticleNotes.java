package org.evidenz.site;

import java.util.List;

import org.evidenz.shared.Language;

/**
 * Notes another module publishes at the end of an article, such as the feedback team's "you said, we did". The
 * article page is cached as published content: whoever changes what this answers publishes a
 * {@link org.evidenz.shared.ContentChanged} so the page is built anew.
 */
public interface ArticleNotes {

    /** Published notes on an article, newest first. */
    List<ArticleNote> published(Language language, String articleId);
}
