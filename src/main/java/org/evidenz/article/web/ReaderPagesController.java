package org.evidenz.article.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.evidenz.article.Article;
import org.evidenz.article.ArticleReviews;
import org.evidenz.article.ArticleTranslations;
import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Topic;
import org.evidenz.condition.Conditions;
import org.evidenz.shared.Language;
import org.evidenz.site.ArticleNotes;
import org.evidenz.site.Page;
import org.evidenz.site.PageSubject;
import org.evidenz.site.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The reader's path through the site: start page, topic, article. */
@Controller
class ReaderPagesController {

    private static final String LANG = "/{lang:" + Language.PATH_PATTERN + "}";

    private final PublishedArticles published;
    private final PublishedOrNotFound found;
    private final ArticleViews views;
    private final Conditions conditions;
    private final Pages pages;
    private final ArticleReviews reviews;
    private final ArticleTranslations translations;
    private final Clock clock;
    private final List<ArticleNotes> notes;

    ReaderPagesController(PublishedArticles published, PublishedOrNotFound found, ArticleViews views,
            Conditions conditions, Pages pages, ArticleReviews reviews, ArticleTranslations translations, Clock clock,
            List<ArticleNotes> notes) {
        this.reviews = reviews;
        this.translations = translations;
        this.published = published;
        this.found = found;
        this.views = views;
        this.conditions = conditions;
        this.pages = pages;
        this.clock = clock;
        this.notes = notes;
    }

    @GetMapping(LANG)
    String withoutSlash(@PathVariable String lang) {
        return "redirect:/" + lang + "/";
    }

    @GetMapping(LANG + "/")
    String home(@PathVariable String lang, Model model) {
        Language language = Language.of(lang);
        List<TopicSummary> topics = published.topics(language).stream()
                .map(t -> new TopicSummary(t, PublishedArticles.path(t), published.articles(language, t).stream()
                        .map(a -> new ArticleLink(a, PublishedArticles.path(t, a))).toList()))
                .toList();
        Page page = pages.of(language)
                .description(pages.messages(language).t("home.description"))
                .path("/" + lang + "/")
                .sameInEveryLanguage()
                .about(PageSubject.Kind.HOME, null)
                .build();
        model.addAttribute("page", page).addAttribute("topics", topics);
        return "article/home";
    }

    @GetMapping(LANG + "/{topic}")
    String topic(@PathVariable String lang, @PathVariable("topic") String topicSlug, Model model) {
        Language language = Language.of(lang);
        Topic topic = found.topic(language, topicSlug);
        var condition = topic.conditionId() == null ? null
                : conditions.findById(language, topic.conditionId()).orElse(null);
        List<ArticleLink> articles = published.articles(language, topic).stream()
                .map(a -> new ArticleLink(a, PublishedArticles.path(topic, a))).toList();
        Page page = pages.of(language)
                .title(topic.title())
                .description(topic.summary())
                .path(PublishedArticles.path(topic))
                .translations(other -> published.topicPath(other, topic.id()))
                .topicFeed(PublishedArticles.path(topic) + "/feed.atom")
                .crumbHome()
                .crumb(topic.title(), null)
                .about(PageSubject.Kind.TOPIC, topic.id())
                .build();
        model.addAttribute("page", page).addAttribute("topic", topic).addAttribute("condition", condition)
                .addAttribute("articles", articles);
        return "article/topic";
    }

    /** Null for an original, or a translation whose original is not published. */
    private TranslationNote translationNote(Article article) {
        return translations.of(article.language(), article.id())
                .flatMap(facts -> published.articlePath(facts.original(), article.id())
                        .flatMap(path -> published.articles(facts.original()).stream()
                                .filter(a -> a.id().equals(article.id())).findFirst()
                                .map(original -> new TranslationNote(facts.original(), path, original.updated(),
                                        facts.outdated()))))
                .orElse(null);
    }

    @GetMapping(LANG + "/{topic}/{article}")
    String article(@PathVariable String lang, @PathVariable("topic") String topicSlug,
            @PathVariable("article") String articleSlug, Model model) {
        Language language = Language.of(lang);
        Topic topic = found.topic(language, topicSlug);
        Article article = found.article(language, topic, articleSlug);
        ArticleView view = views.view(article, topic);
        Page page = pages.of(language)
                .title(article.title())
                .description(article.summary())
                .path(PublishedArticles.path(topic, article))
                .translations(other -> published.articlePath(other, article.id()))
                .topicFeed(PublishedArticles.path(topic) + "/feed.atom")
                .crumbHome()
                .crumb(topic.title(), PublishedArticles.path(topic))
                .crumb(article.title(), null)
                .about(PageSubject.Kind.ARTICLE, article.id())
                .build();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("page", page).addAttribute("view", view)
                .addAttribute("reviewOverdue", article.isReviewOverdue(today))
                .addAttribute("review", reviews.of(language, article.id()))
                .addAttribute("translation", translationNote(article))
                .addAttribute("notes", notes.stream().flatMap(n -> n.published(language, article.id()).stream())
                        .toList());
        return "article/article";
    }
}
