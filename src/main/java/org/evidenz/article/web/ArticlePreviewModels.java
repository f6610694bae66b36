package org.evidenz.article.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.evidenz.article.AboutPage;
import org.evidenz.article.Article;
import org.evidenz.article.ArticlePreviews;
import org.evidenz.article.PublishedArticles;
import org.evidenz.article.ReviewFacts;
import org.evidenz.article.Topic;
import org.evidenz.site.Page;
import org.evidenz.site.Pages;
import org.springframework.stereotype.Component;

@Component
class ArticlePreviewModels implements ArticlePreviews {

    private final ArticleViews views;
    private final Pages pages;
    private final Clock clock;
    private final AboutPageViews aboutViews;

    ArticlePreviewModels(ArticleViews views, Pages pages, Clock clock, AboutPageViews aboutViews) {
        this.aboutViews = aboutViews;
        this.views = views;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> model(Article draft, Topic topic) {
        Page page = pages.of(draft.language())
                .title(draft.title())
                .description(draft.summary())
                .path(PublishedArticles.path(topic, draft))
                .notIndexable()
                .build();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page);
        model.put("view", views.preview(draft, topic));
        model.put("reviewOverdue", draft.isReviewOverdue(LocalDate.now(clock)));
        model.put("review", ReviewFacts.NONE);
        model.put("preview", true);
        return model;
    }

    @Override
    public Map<String, Object> model(AboutPage draft) {
        Page page = pages.of(draft.language())
                .title(draft.title())
                .description(draft.summary())
                .path(PublishedArticles.path(draft))
                .notIndexable()
                .build();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page);
        model.put("about", aboutViews.view(draft));
        model.put("preview", true);
        return model;
    }
}
