package org.evidenz.editorial.authoring;

import org.evidenz.article.AboutPage;
import org.evidenz.article.Article;
import org.evidenz.article.ArticlePreviews;
import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.store.ContentStore;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Renders an unpublished article (with the latest revision of its topic) or page as the reader's page. */
@Component
public class DraftPreviews {

    private final ContentStore store;
    private final ArticlePreviews previews;

    DraftPreviews(ContentStore store, ArticlePreviews previews) {
        this.store = store;
        this.previews = previews;
    }

    /** Fills the model and returns the view name. */
    public String render(Article article, Model model) {
        var topic = store.latest(new ItemKey(ItemKind.TOPIC, article.language(), article.topicId()))
                .map(i -> ((Item.TopicItem) i).topic())
                .orElseThrow(() -> new NoSuchItemException("The article's topic does not exist."));
        model.addAllAttributes(previews.model(article, topic));
        return ArticlePreviews.VIEW;
    }

    /** A page about the site as readers would see it. */
    public String render(AboutPage page, Model model) {
        model.addAllAttributes(previews.model(page));
        return ArticlePreviews.ABOUT_VIEW;
    }
}
