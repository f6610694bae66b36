package org.evidenz.article.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Section;
import org.evidenz.article.Topic;
import org.evidenz.evidence.EvidenceFinding;
import org.evidenz.shared.PlannedDate;
import org.evidenz.source.Reference;
import org.evidenz.source.SourceJson;
import org.evidenz.treatment.Coverage;
import org.evidenz.treatment.Harm;
import org.evidenz.treatment.Treatment;
import org.evidenz.treatment.TreatmentProfile;
import org.evidenz.treatment.Variant;

/**
 * The JSON shapes of the read API, kept apart from the domain records so that the API stays stable while the
 * model grows. Prose fields are CommonMark with {@code [@source-id]} citations; enums are the vocabulary names of
 * docs/content-bundles.md.
 */
final class ApiJson {

    private ApiJson() {
    }

    record TopicJson(String lang, String id, String slug, String title, String summary, String condition, String url,
            Instant dateModified, LocalDate lastReviewed, ReviewJson nextReview, List<ArticleSummaryJson> articles) {

        static TopicJson of(Topic topic, List<Article> articles, ApiDates.Of dates) {
            return new TopicJson(topic.language().code(), topic.id(), topic.slug(), topic.title(), topic.summary(),
                    topic.conditionId(), PublishedArticles.path(topic), dates.topic(topic, articles),
                    dates.lastReviewed(articles), ReviewJson.of(dates.nextReview(articles)),
                    articles.stream().map(a -> ArticleSummaryJson.of(topic, a, dates)).toList());
        }
    }

    record ArticleSummaryJson(String lang, String id, String topic, String slug, String title, String summary,
            LocalDate updated, Instant dateModified, LocalDate lastReviewed, ReviewJson nextReview, String url,
            String api) {

        static ArticleSummaryJson of(Topic topic, Article article, ApiDates.Of dates) {
            String path = PublishedArticles.path(topic, article);
            return new ArticleSummaryJson(article.language().code(), article.id(), topic.id(), article.slug(),
                    article.title(), article.summary(), article.updated(), dates.article(article),
                    dates.lastReviewed(article), ReviewJson.of(article.nextReview()), path,
                    "/api/v1/articles" + path);
        }
    }

    /** When the next review is due; {@code yearOnly} when only the year is planned (due by its end). */
    record ReviewJson(LocalDate due, boolean yearOnly) {

        static ReviewJson of(PlannedDate planned) {
            return planned == null ? null : new ReviewJson(planned.date(), planned.yearOnly());
        }
    }

    record ArticleJson(String lang, String id, String topic, String slug, String title, String summary, String url,
            LocalDate updated, Instant dateModified, LocalDate lastReviewed, ReviewJson nextReview,
            boolean reviewOverdue, List<SectionJson> sections, List<TreatmentJson> treatments,
            List<ReferenceJson> references, List<ReferenceJson> furtherSources, TranslationJson translationOf,
            List<AlternateJson> otherLanguages) {
    }

    /** For a translation: the original's language and whether the original has changed since. */
    record TranslationJson(String lang, boolean outdated) {
    }

    /** The same article in another language: its reader page and its API address. */
    record AlternateJson(String lang, String url, String api) {
    }

    record SectionJson(String anchor, String layer, String title, String markdown) {

        static SectionJson of(Section section) {
            return new SectionJson(section.anchor(), section.layer().code(), section.title(), section.body());
        }
    }

    record ReferenceJson(Integer number, SourceJson source) {

        static ReferenceJson of(Reference reference) {
            return new ReferenceJson(reference.number() == 0 ? null : reference.number(),
                    SourceJson.of(reference));
        }
    }

    record TreatmentJson(String lang, String id, String slug, String name, String kind, String summary,
            String description, String mechanism, String plausibility, String plausibilityNote, String deliveredBy,
            String practitionerNote, List<String> aliases, List<Variant> variants, List<FindingJson> findings,
            List<HarmJson> harms, List<RecommendationJson> recommendations, List<CoverageJson> coverage, String url,
            Instant dateModified, LocalDate lastReviewed, ReviewJson nextReview) {

        static TreatmentJson of(TreatmentProfile profile, List<Article> presenting, ApiDates.Of dates) {
            Treatment t = profile.treatment();
            return new TreatmentJson(t.language().code(), t.id(), t.slug(), t.name(), t.kind().name(), t.summary(),
                    t.description(), t.mechanism(), t.plausibility().name(), t.plausibilityNote(), t.deliveredBy(),
                    t.practitionerNote(), t.aliases(), t.variants(),
                    profile.findings().stream().map(FindingJson::of).toList(),
                    profile.harms().stream().map(HarmJson::of).toList(),
                    profile.recommendations().stream().map(RecommendationJson::of).toList(),
                    profile.coverage().stream().map(CoverageJson::of).toList(),
                    "/" + t.language().code() + "/treatments/" + t.slug(), dates.treatment(t.id()),
                    dates.lastReviewed(presenting), ReviewJson.of(dates.nextReview(presenting)));
        }
    }

    record FindingJson(String id, String variant, String condition, String phase, String outcome, String comparator,
            String direction, String size, String duration, String certainty, String studyBase, String statement,
            List<String> sources) {

        static FindingJson of(EvidenceFinding f) {
            return new FindingJson(f.id(), f.variantId(), f.conditionId(), f.phase().name(), f.outcome(),
                    f.comparator(), f.direction().name(), f.size().name(), f.duration().name(), f.certainty().name(),
                    f.studyBase(), f.statement(), f.sourceIds());
        }
    }

    record HarmJson(String id, String variant, String name, String description, String frequency,
            String seriousness, List<String> riskGroups, String precaution, List<String> sources) {

        static HarmJson of(Harm h) {
            return new HarmJson(h.id(), h.variantId(), h.name(), h.description(), h.frequency().name(),
                    h.seriousness().name(), h.riskGroups(), h.precaution(), h.sourceIds());
        }
    }

    record RecommendationJson(String id, String guideline, String guidelineTitle, int guidelineYear,
            String jurisdiction, String condition, String direction, String strength, String statement,
            List<String> sources) {

        static RecommendationJson of(TreatmentProfile.GuidelineRecommendation r) {
            var rec = r.recommendation();
            return new RecommendationJson(rec.id(), r.guideline().id(), r.guideline().title(), r.guideline().year(),
                    r.guideline().jurisdiction(), rec.conditionId(), rec.direction().name(), rec.strength().name(),
                    rec.statement(), rec.sourceIds());
        }
    }

    record CoverageJson(String id, String jurisdiction, String payer, String status, String extent, String note,
            List<String> sources) {

        static CoverageJson of(Coverage c) {
            return new CoverageJson(c.id(), c.jurisdiction(), c.payer(), c.status().name(), c.extent().name(),
                    c.note(), c.sourceIds());
        }
    }
}
