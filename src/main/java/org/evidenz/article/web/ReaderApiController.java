package org.evidenz.article.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.evidenz.article.Article;
import org.evidenz.article.ArticleTranslations;
import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Topic;
import org.evidenz.shared.Language;
import org.evidenz.site.NotFoundException;
import org.evidenz.treatment.TreatmentKind;
import org.evidenz.treatment.TreatmentProfile;
import org.evidenz.treatment.TreatmentProfiles;
import org.evidenz.treatment.Treatments;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read API for partners: published topics, articles and treatments as JSON. */
@RestController
class ReaderApiController {

    private final PublishedArticles published;
    private final PublishedOrNotFound found;
    private final ArticleViews views;
    private final Treatments treatments;
    private final TreatmentProfiles profiles;
    private final Clock clock;

    private final ArticleTranslations translations;

    ReaderApiController(PublishedArticles published, PublishedOrNotFound found, ArticleViews views,
            Treatments treatments, TreatmentProfiles profiles, ArticleTranslations translations, Clock clock) {
        this.translations = translations;
        this.published = published;
        this.found = found;
        this.views = views;
        this.treatments = treatments;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** Topics with their published articles; all languages unless {@code lang} narrows them. */
    @GetMapping("/api/v1/topics")
    List<ApiJson.TopicJson> topics(@RequestParam(required = false) Language lang) {
        List<ApiJson.TopicJson> topics = new ArrayList<>();
        for (Language language : lang == null ? List.of(Language.values()) : List.of(lang)) {
            for (Topic topic : published.topics(language)) {
                topics.add(ApiJson.TopicJson.of(topic, published.articles(language, topic)));
            }
        }
        return topics;
    }

    @GetMapping("/api/v1/articles/{lang:" + Language.PATH_PATTERN + "}/{topic}/{article}")
    ApiJson.ArticleJson article(@PathVariable String lang, @PathVariable("topic") String topicSlug,
            @PathVariable("article") String articleSlug) {
        Language language = Language.of(lang);
        Topic topic = found.topic(language, topicSlug);
        Article article = found.article(language, topic, articleSlug);
        ArticleView view = views.view(article, topic);
        return new ApiJson.ArticleJson(language.code(), article.id(), topic.id(), article.slug(), article.title(),
                article.summary(), PublishedArticles.path(topic, article), article.updated(),
                ApiJson.ReviewJson.of(article), article.isReviewOverdue(LocalDate.now(clock)),
                article.sections().stream().map(ApiJson.SectionJson::of).toList(),
                profiles.of(language, article.treatmentIds()).stream().map(ApiJson.TreatmentJson::of).toList(),
                view.references().stream().map(ApiJson.ReferenceJson::of).toList(),
                view.furtherSources().stream().map(ApiJson.ReferenceJson::of).toList(),
                translations.of(language, article.id())
                        .map(t -> new ApiJson.TranslationJson(t.original().code(), t.outdated())).orElse(null),
                java.util.Arrays.stream(Language.values()).filter(other -> other != language)
                        .flatMap(other -> published.articlePath(other, article.id()).stream()
                                .map(path -> new ApiJson.AlternateJson(other.code(), path, "/api/v1/articles" + path)))
                        .toList());
    }

    @GetMapping("/api/v1/treatments")
    List<ApiJson.TreatmentJson> treatments(@RequestParam Language lang,
            @RequestParam(required = false) TreatmentKind kind) {
        return profiles.of(lang, List.copyOf(published.treatmentIds(lang))).stream()
                .filter(p -> kind == null || p.treatment().kind() == kind)
                .map(ApiJson.TreatmentJson::of)
                .toList();
    }

    @GetMapping("/api/v1/treatments/{slug}")
    ApiJson.TreatmentJson treatment(@PathVariable String slug, @RequestParam Language lang) {
        TreatmentProfile profile = treatments.findBySlug(lang, slug)
                .filter(t -> published.treatmentIds(lang).contains(t.id()))
                .flatMap(t -> profiles.of(lang, t.id()))
                .orElseThrow(() -> new NotFoundException("No published treatment '" + slug + "' in " + lang + "."));
        return ApiJson.TreatmentJson.of(profile);
    }
}
