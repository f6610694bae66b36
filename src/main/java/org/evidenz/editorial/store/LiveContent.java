package org.evidenz.editorial.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.evidenz.article.AboutPages;
import org.evidenz.article.ArticleReviews;
import org.evidenz.article.Articles;
import org.evidenz.article.ModifiedTimes;
import org.evidenz.article.Topics;
import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemKey;
import org.evidenz.condition.Conditions;
import org.evidenz.evidence.Findings;
import org.evidenz.evidence.Guidelines;
import org.evidenz.glossary.Glossary;
import org.evidenz.shared.Language;
import org.evidenz.source.Sources;
import org.evidenz.treatment.CoverageRules;
import org.evidenz.treatment.Harms;
import org.evidenz.treatment.Treatments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the content tables readers read: published items only. Items are replaced in place (an item keeps its
 * position in its list); all are removed before any is inserted, so two items may swap slugs in one publication.
 */
@Component
public class LiveContent {

    private final Sources sources;
    private final Conditions conditions;
    private final Treatments treatments;
    private final Harms harms;
    private final CoverageRules coverageRules;
    private final Findings findings;
    private final Guidelines guidelines;
    private final Glossary glossary;
    private final Topics topics;
    private final Articles articles;
    private final ArticleReviews reviews;
    private final ModifiedTimes modified;
    private final Clock clock;
    private final AboutPages aboutPages;

    LiveContent(Sources sources, Conditions conditions, Treatments treatments, Harms harms,
            CoverageRules coverageRules, Findings findings, Guidelines guidelines, Glossary glossary, Topics topics,
            Articles articles, ArticleReviews reviews, ModifiedTimes modified, Clock clock, AboutPages aboutPages) {
        this.aboutPages = aboutPages;
        this.modified = modified;
        this.clock = clock;
        this.sources = sources;
        this.conditions = conditions;
        this.treatments = treatments;
        this.harms = harms;
        this.coverageRules = coverageRules;
        this.findings = findings;
        this.guidelines = guidelines;
        this.glossary = glossary;
        this.topics = topics;
        this.articles = articles;
        this.reviews = reviews;
    }

    /** Makes these items, as given, what readers see; new ones join the end of their lists in the order given. */
    @Transactional
    public void publish(List<Item> items) {
        Map<ItemKey, Integer> positions = new HashMap<>();
        Map<String, Integer> next = new HashMap<>();
        for (Item item : items) {
            Integer existing = existingPosition(item);
            int position = existing != null ? existing : next.merge(item.kind() + "/" + item.language(),
                    nextPosition(item), (a, b) -> a + 1);
            positions.put(ItemKey.of(item), position);
        }
        items.forEach(item -> remove(ItemKey.of(item)));
        Instant now = clock.instant();
        for (Item item : items) {
            insert(item, positions.get(ItemKey.of(item)));
            stamp(item, now);
        }
    }

    /** Takes an item away from readers. */
    @Transactional
    public void remove(ItemKey key) {
        Language language = key.language();
        switch (key.kind()) {
            case SOURCE -> sources.delete(key.id());
            case CONDITION -> conditions.delete(language, key.id());
            case TREATMENT -> {
                harms.deleteByTreatment(language, key.id());
                treatments.delete(language, key.id());
            }
            case COVERAGE -> coverageRules.delete(language, key.id());
            case FINDING -> findings.delete(language, key.id());
            case GUIDELINE -> guidelines.delete(language, key.id());
            case TERM -> glossary.delete(language, key.id());
            case PAGE -> aboutPages.delete(language, key.id());
            case TOPIC -> {
                topics.delete(language, key.id());
                modified.forget(ModifiedTimes.Kind.TOPIC, language, key.id());
            }
            case ARTICLE -> {
                articles.delete(language, key.id());
                reviews.delete(language, key.id());
                modified.forget(ModifiedTimes.Kind.ARTICLE, language, key.id());
            }
        }
    }

    /** Empties every content table. */
    @Transactional
    public void clear() {
        modified.deleteAll();
        aboutPages.deleteAll();
        reviews.deleteAll();
        articles.deleteAll();
        topics.deleteAll();
        guidelines.deleteAll();
        findings.deleteAll();
        coverageRules.deleteAll();
        harms.deleteAll();
        treatments.deleteAll();
        glossary.deleteAll();
        conditions.deleteAll();
        sources.deleteAll();
    }

    private Integer existingPosition(Item item) {
        Language language = item.language();
        return switch (item.kind()) {
            case TREATMENT -> treatments.positionOf(language, item.id());
            case COVERAGE -> coverageRules.positionOf(language, item.id());
            case FINDING -> findings.positionOf(language, item.id());
            case GUIDELINE -> guidelines.positionOf(language, item.id());
            case TOPIC -> topics.positionOf(language, item.id());
            case ARTICLE -> articles.positionOf(language, item.id());
            case SOURCE, CONDITION, TERM, PAGE -> 0; // ordered by id, alphabetically or by slug, not by position
        };
    }

    private int nextPosition(Item item) {
        Language language = item.language();
        return switch (item.kind()) {
            case TREATMENT -> treatments.nextPosition(language);
            case COVERAGE -> coverageRules.nextPosition(language);
            case FINDING -> findings.nextPosition(language);
            case GUIDELINE -> guidelines.nextPosition(language);
            case TOPIC -> topics.nextPosition(language);
            case ARTICLE -> articles.nextPosition(language);
            case SOURCE, CONDITION, TERM, PAGE -> 0;
        };
    }

    private void insert(Item item, int position) {
        switch (item) {
            case Item.SourceItem s -> sources.insert(s.source());
            case Item.ConditionItem c -> conditions.insert(c.condition());
            case Item.TreatmentItem t -> {
                treatments.insert(t.treatment(), position);
                List<org.evidenz.treatment.Harm> own = new ArrayList<>(t.harms());
                for (int i = 0; i < own.size(); i++) {
                    harms.insert(own.get(i), i);
                }
            }
            case Item.CoverageItem c -> coverageRules.insert(c.coverage(), position);
            case Item.FindingItem f -> findings.insert(f.finding(), position);
            case Item.GuidelineItem g -> guidelines.insert(g.guideline(), position);
            case Item.TermItem t -> glossary.insert(t.term());
            case Item.PageItem p -> aboutPages.insert(p.page());
            case Item.TopicItem t -> topics.insert(t.topic(), position);
            case Item.ArticleItem a -> articles.insert(a.article(), position);
        }
    }

    /**
     * Records when a topic, article or treatment changed for readers. A finding, a coverage rule or a guideline is
     * part of what the API shows of a treatment, so it stamps the treatments it is about.
     */
    private void stamp(Item item, Instant now) {
        Language language = item.language();
        switch (item) {
            case Item.TopicItem t -> modified.stamp(ModifiedTimes.Kind.TOPIC, language, t.topic().id(), now);
            case Item.ArticleItem a -> modified.stamp(ModifiedTimes.Kind.ARTICLE, language, a.article().id(), now);
            case Item.TreatmentItem t -> stampTreatments(language, List.of(t.treatment().id()), now);
            case Item.FindingItem f -> stampTreatments(language, List.of(f.finding().treatmentId()), now);
            case Item.CoverageItem c -> stampTreatments(language, c.coverage().treatmentIds(), now);
            case Item.GuidelineItem g -> g.guideline().recommendations()
                    .forEach(r -> stampTreatments(language, r.treatmentIds(), now));
            case Item.SourceItem s -> { }
            case Item.ConditionItem c -> { }
            case Item.TermItem t -> { }
            case Item.PageItem p -> { }
        }
    }

    private void stampTreatments(Language language, List<String> treatmentIds, Instant now) {
        treatmentIds.forEach(id -> modified.stamp(ModifiedTimes.Kind.TREATMENT, language, id, now));
    }
}
