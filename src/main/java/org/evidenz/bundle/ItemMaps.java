package org.evidenz.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.evidenz.article.AboutPage;
import org.evidenz.article.Article;
import org.evidenz.article.Topic;
import org.evidenz.condition.Condition;
import org.evidenz.evidence.EvidenceFinding;
import org.evidenz.evidence.Guideline;
import org.evidenz.evidence.Recommendation;
import org.evidenz.glossary.Term;
import org.evidenz.source.Author;
import org.evidenz.source.Source;
import org.evidenz.treatment.Coverage;
import org.evidenz.treatment.Harm;
import org.evidenz.treatment.Treatment;
import org.evidenz.treatment.Variant;

/** The write side of the bundle format: an item as the nested maps and lists its YAML is dumped from. */
final class ItemMaps {

    private ItemMaps() {
    }

    /** The item keyed like the bundle fields, in their order; empty optional fields left out. */
    static Map<String, Object> of(Item item) {
        return switch (item) {
            case Item.SourceItem s -> source(s.source());
            case Item.ConditionItem c -> condition(c.condition());
            case Item.TreatmentItem t -> treatment(t.treatment(), t.harms());
            case Item.CoverageItem c -> coverage(c.coverage());
            case Item.FindingItem f -> finding(f.finding());
            case Item.GuidelineItem g -> guideline(g.guideline());
            case Item.TermItem t -> term(t.term());
            case Item.TopicItem t -> topic(t.topic());
            case Item.ArticleItem a -> article(a.article());
            case Item.PageItem p -> page(p.page());
        };
    }

    private static Map<String, Object> article(Article a) {
        return map("id", a.id(), "topic", a.topicId(), "slug", a.slug(), "title", a.title(), "summary", a.summary(),
                "status", a.status().name(), "updated", a.updated().toString(), "next-review",
                a.nextReview().toString(), "treatments", a.treatmentIds(), "further-sources", a.furtherSourceIds(),
                "lead-image", a.leadImageId(), "sections", list(a.sections(), s -> map("title", s.title(),
                        "anchor", s.anchor(), "layer", s.layer().code(), "body", s.body())));
    }

    private static Map<String, Object> page(AboutPage p) {
        return map("id", p.id(), "slug", p.slug(), "title", p.title(), "summary", p.summary(), "body", p.body());
    }

    private static Map<String, Object> source(Source s) {
        return map("id", s.id(), "type", s.type().code(), "authors", list(s.authors(), ItemMaps::author),
                "more-authors", s.moreAuthors() ? true : null, "title", s.title(), "container-title",
                s.containerTitle(), "year", s.year(), "volume", s.volume(), "issue", s.issue(), "pages", s.pages(),
                "article-number", s.articleNumber(), "doi", s.doi(), "pmid", s.pmid(), "publisher", s.publisher(),
                "publisher-place", s.publisherPlace(), "collection-title", s.collectionTitle(), "collection-number",
                s.collectionNumber(), "report-number", s.reportNumber(), "url", s.url(), "language", s.language(),
                "note", s.note());
    }

    private static Map<String, Object> author(Author a) {
        return map("family", a.family(), "given", a.given(), "literal", a.literal());
    }

    private static Map<String, Object> condition(Condition c) {
        return map("id", c.id(), "slug", c.slug(), "name", c.name(), "lay-names", c.layNames(), "description",
                c.description(), "codes", list(c.codes(), code -> map("system", code.system().label(), "code",
                        code.code(), "display", code.display(), "version", code.version())));
    }

    private static Map<String, Object> treatment(Treatment t, List<Harm> own) {
        return map("id", t.id(), "slug", t.slug(), "name", t.name(), "kind", t.kind().name(), "summary", t.summary(),
                "description", t.description(), "mechanism", t.mechanism(), "plausibility", t.plausibility().name(),
                "plausibility-note", t.plausibilityNote(), "delivered-by", t.deliveredBy(), "practitioner-note",
                t.practitionerNote(), "aliases", t.aliases(), "variants", list(t.variants(), ItemMaps::variant),
                "harms", list(own, ItemMaps::harm));
    }

    private static Map<String, Object> variant(Variant v) {
        return map("id", v.id(), "name", v.name(), "description", v.description());
    }

    private static Map<String, Object> harm(Harm h) {
        return map("id", h.id(), "variant", h.variantId(), "name", h.name(), "description", h.description(),
                "frequency", h.frequency().name(), "seriousness", h.seriousness().name(), "risk-groups",
                h.riskGroups(), "precaution", h.precaution(), "sources", h.sourceIds());
    }

    private static Map<String, Object> coverage(Coverage c) {
        return map("id", c.id(), "jurisdiction", c.jurisdiction(), "payer", c.payer(), "status", c.status().name(),
                "extent", c.extent().name(), "treatments", c.treatmentIds(), "note", c.note(), "sources",
                c.sourceIds());
    }

    private static Map<String, Object> finding(EvidenceFinding f) {
        return map("id", f.id(), "treatment", f.treatmentId(), "variant", f.variantId(), "condition",
                f.conditionId(), "phase", f.phase().name(), "outcome", f.outcome(), "comparator", f.comparator(),
                "direction", f.direction().name(), "size", f.size().name(), "duration", f.duration().name(),
                "certainty", f.certainty().name(), "study-base", f.studyBase(), "statement", f.statement(),
                "sources", f.sourceIds());
    }

    private static Map<String, Object> guideline(Guideline g) {
        return map("id", g.id(), "title", g.title(), "short-title", g.shortTitle(), "issuer", g.issuer(), "year",
                g.year(), "jurisdiction", g.jurisdiction(), "status-note", g.statusNote(), "source", g.sourceId(),
                "recommendations", list(g.recommendations(), ItemMaps::recommendation));
    }

    private static Map<String, Object> recommendation(Recommendation r) {
        return map("id", r.id(), "treatments", r.treatmentIds(), "condition", r.conditionId(), "direction",
                r.direction().name(), "strength", r.strength().name(), "statement", r.statement(), "sources",
                r.sourceIds());
    }

    private static Map<String, Object> term(Term t) {
        return map("id", t.id(), "slug", t.slug(), "term", t.term(), "forms", t.forms(), "definition",
                t.definition());
    }

    private static Map<String, Object> topic(Topic t) {
        return map("id", t.id(), "slug", t.slug(), "title", t.title(), "summary", t.summary(), "condition",
                t.conditionId());
    }

    private static <T> List<Map<String, Object>> list(List<T> items, Function<T, Map<String, Object>> mapper) {
        List<Map<String, Object>> maps = new ArrayList<>();
        items.forEach(item -> maps.add(mapper.apply(item)));
        return maps;
    }

    /** An ordered mapping without the keys whose value is null or an empty list. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                map.put((String) keysAndValues[i], value);
            }
        }
        return map;
    }
}
