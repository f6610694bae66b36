package org.evidenz.article.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.evidenz.article.Article;
import org.evidenz.article.ArticleTranslations;
import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Topic;
import org.evidenz.shared.Language;
import org.evidenz.site.ApiPage;
import org.evidenz.site.ApiPaging;
import org.evidenz.site.NotFoundException;
import org.evidenz.treatment.TreatmentKind;
import org.evidenz.treatment.TreatmentProfile;
import org.evidenz.treatment.TreatmentProfiles;
import org.evidenz.treatment.Treatments;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API for partners: published topics, articles and treatments as JSON. Lists are paged
 * ({@link ApiPaging}) and take {@code modifiedSince}, so a partner fetches only what changed.
 */
@RestController
class ReaderApiController {

    private final PublishedArticles published;
    private final PublishedOrNotFound found;
    private final ArticleViews views;
    private final Treatments treatments;
    private final TreatmentProfiles profiles;
    private final Clock clock;
    private final ArticleTranslations translations;
    private final ApiDates dates;

    ReaderApiController(PublishedArticles published, PublishedOrNotFound found, ArticleViews views,
            Treatments treatments, TreatmentProfiles profiles, ArticleTranslations translations, Clock clock,
            ApiDates dates) {
        this.translations = translations;
        this.published = published;
        this.found = found;
        this.views = views;
        this.treatments = treatments;
        this.profiles = profiles;
        this.clock = clock;
        this.dates = dates;
    }

    /** Topics with their published articles; all languages unless {@code lang} narrows them. */
    @GetMapping("/api/v1/topics")
    ApiPage<ApiJson.TopicJson> topics(@RequestParam(required = false) Language lang,
            @RequestParam(required = false) String modifiedSince, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Instant since = ApiPaging.modifiedSince(modifiedSince);
        List<ApiJson.TopicJson> topics = new ArrayList<>();
        for (Language language : languages(lang)) {
            ApiDates.Of known = dates.of(language);
            for (Topic topic : published.topics(language)) {
                ApiJson.TopicJson json = ApiJson.TopicJson.of(topic, published.articles(language, topic), known);
                if (ApiDates.Of.after(json.dateModified(), since)) {
                    topics.add(json);
                }
            }
        }
        return ApiPaging.page(topics, page, size);
    }

    /** Every published article, by language, topic and position; all languages unless {@code lang} narrows them. */
    @GetMapping("/api/v1/articles")
    ApiPage<ApiJson.ArticleSummaryJson> articles(@RequestParam(required = false) Language lang,
            @RequestParam(required = false) String modifiedSince, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Instant since = ApiPaging.modifiedSince(modifiedSince);
        List<ApiJson.ArticleSummaryJson> articles = new ArrayList<>();
        for (Language language : languages(lang)) {
            ApiDates.Of known = dates.of(language);
            for (Topic topic : published.topics(language)) {
                for (Article article : published.articles(language, topic)) {
                    ApiJson.ArticleSummaryJson json = ApiJson.ArticleSummaryJson.of(topic, article, known);
                    if (ApiDates.Of.after(json.dateModified(), since)) {
                        articles.add(json);
                    }
                }
            }
        }
        return ApiPaging.page(articles, page, size);
    }

    @GetMapping("/api/v1/articles/{lang:" + Language.PATH_PATTERN + "}/{topic}/{article}")
    ApiJson.ArticleJson article(@PathVariable String lang, @PathVariable("topic") String topicSlug,
            @PathVariable("article") String articleSlug) {
        Language language = Language.of(lang);
        Topic topic = found.topic(language, topicSlug);
        Article article = found.article(language, topic, articleSlug);
        ArticleView view = views.view(article, topic);
        ApiDates.Of known = dates.of(language);
        return new ApiJson.ArticleJson(language.code(), article.id(), topic.id(), article.slug(), article.title(),
                article.summary(), PublishedArticles.path(topic, article), article.updated(), known.article(article),
                known.lastReviewed(article), ApiJson.ReviewJson.of(article.nextReview()),
                article.isReviewOverdue(LocalDate.now(clock)),
                article.sections().stream().map(ApiJson.SectionJson::of).toList(),
                profiles.of(language, article.treatmentIds()).stream().map(p -> treatment(p, known)).toList(),
                view.references().stream().map(ApiJson.ReferenceJson::of).toList(),
                view.furtherSources().stream().map(ApiJson.ReferenceJson::of).toList(),
                translations.of(language, article.id())
                        .map(t -> new ApiJson.TranslationJson(t.original().code(), t.outdated())).orElse(null),
                Arrays.stream(Language.values()).filter(other -> other != language)
                        .flatMap(other -> published.articlePath(other, article.id()).stream()
                                .map(path -> new ApiJson.AlternateJson(other.code(), path, "/api/v1/articles" + path)))
                        .toList());
    }

    @GetMapping("/api/v1/treatments")
    ApiPage<ApiJson.TreatmentJson> treatments(@RequestParam Language lang,
            @RequestParam(required = false) TreatmentKind kind, @RequestParam(required = false) String modifiedSince,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Instant since = ApiPaging.modifiedSince(modifiedSince);
        ApiDates.Of known = dates.of(lang);
        return ApiPaging.page(profiles.of(lang, List.copyOf(published.treatmentIds(lang))).stream()
                .filter(p -> kind == null || p.treatment().kind() == kind)
                .filter(p -> ApiDates.Of.after(known.treatment(p.treatment().id()), since))
                .map(p -> treatment(p, known))
                .toList(), page, size);
    }

    @GetMapping("/api/v1/treatments/{slug}")
    ApiJson.TreatmentJson treatment(@PathVariable String slug, @RequestParam Language lang) {
        TreatmentProfile profile = treatments.findBySlug(lang, slug)
                .filter(t -> published.treatmentIds(lang).contains(t.id()))
                .flatMap(t -> profiles.of(lang, t.id()))
                .orElseThrow(() -> new NotFoundException("No published treatment '" + slug + "' in " + lang + "."));
        return treatment(profile, dates.of(lang));
    }

    private ApiJson.TreatmentJson treatment(TreatmentProfile profile, ApiDates.Of known) {
        Language language = profile.treatment().language();
        return ApiJson.TreatmentJson.of(profile, published.presenting(language, profile.treatment().id()), known);
    }

    private static List<Language> languages(Language lang) {
        return lang == null ? List.of(Language.values()) : List.of(lang);
    }
}
