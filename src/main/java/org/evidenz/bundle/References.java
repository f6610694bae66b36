package org.evidenz.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evidenz.prose.ProseSyntax;
import org.evidenz.shared.Language;

/**
 * Checks a bundle's cross-references once every file has been read: each referenced source, condition, treatment,
 * variant and topic must exist, and ids and slugs must be unique where they have to be.
 */
final class References {

    enum Kind {
        SOURCE("source"), CONDITION("condition"), TREATMENT("treatment"), TOPIC("topic");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private record Key(Kind kind, Language language, String id) {
    }

    private record Expectation(Key key, Location location) {
    }

    private record VariantExpectation(Language language, String treatmentId, String variantId, Location location) {
    }

    private final Problems problems;
    private final Set<Key> defined = new HashSet<>();
    private final Map<String, Set<String>> variantsByTreatment = new HashMap<>();
    private final List<Expectation> expected = new ArrayList<>();
    private final List<VariantExpectation> expectedVariants = new ArrayList<>();
    private final Map<String, Set<String>> uniqueValues = new HashMap<>();

    References(Problems problems) {
        this.problems = problems;
    }

    /** Records a definition; reports a duplicate id. Sources are shared, so their language is null. */
    void define(Kind kind, Language language, String id, Location location) {
        if (id != null && !defined.add(new Key(kind, language, id))) {
            problems.add(location, "duplicate " + kind.label + " id '" + id + "'");
        }
    }

    void defineVariant(Language language, String treatmentId, String variantId, Location location) {
        if (treatmentId == null || variantId == null) {
            return;
        }
        if (!variantsByTreatment.computeIfAbsent(language + "/" + treatmentId, k -> new HashSet<>()).add(variantId)) {
            problems.add(location, "duplicate variant id '" + variantId + "' in treatment '" + treatmentId + "'");
        }
    }

    void expect(Kind kind, Language language, String id, Location location) {
        if (id != null) {
            expected.add(new Expectation(new Key(kind, language, id), location));
        }
    }

    void expectVariant(Language language, String treatmentId, String variantId, Location location) {
        if (treatmentId != null && variantId != null) {
            expectedVariants.add(new VariantExpectation(language, treatmentId, variantId, location));
        }
    }

    /** Every {@code [@id]} in the prose must name a source of the bundle. */
    void expectCitations(String markdown, Location location) {
        for (String id : ProseSyntax.citedSourceIds(markdown)) {
            expect(Kind.SOURCE, null, id, location);
        }
    }

    /** Reports a value that is not unique within {@code scope}, e.g. a slug within one topic. */
    void unique(String what, String scope, String value, Location location) {
        if (value != null && !uniqueValues.computeIfAbsent(what + "|" + scope, k -> new HashSet<>()).add(value)) {
            problems.add(location, "duplicate " + what + " '" + value + "'");
        }
    }

    /**
     * Registers an item that exists already (outside the text being read), so that references to it resolve and its
     * id, slug and names count as taken. Mirrors what the readers define while reading.
     */
    void registerExisting(Item item, java.util.Map<String, String> termByForm) {
        Language language = item.language();
        String lang = language == null ? null : language.code();
        switch (item) {
            case Item.SourceItem s -> defined.add(new Key(Kind.SOURCE, null, s.id()));
            case Item.ConditionItem c -> {
                defined.add(new Key(Kind.CONDITION, language, c.id()));
                reserve("condition slug", lang, c.condition().slug());
            }
            case Item.TreatmentItem t -> {
                defined.add(new Key(Kind.TREATMENT, language, t.id()));
                reserve("treatment slug", lang, t.treatment().slug());
                t.treatment().variants().forEach(v -> variantsByTreatment
                        .computeIfAbsent(language + "/" + t.id(), k -> new HashSet<>()).add(v.id()));
                t.harms().forEach(h -> reserve("harm id", lang, h.id()));
            }
            case Item.CoverageItem c -> reserve("coverage id", lang, c.id());
            case Item.FindingItem f -> reserve("finding id", lang, f.id());
            case Item.GuidelineItem g -> {
                reserve("guideline id", lang, g.id());
                g.guideline().recommendations().forEach(r -> reserve("recommendation id", lang, r.id()));
            }
            case Item.TermItem t -> {
                reserve("glossary term id", lang, t.id());
                reserve("glossary slug", lang, t.term().slug());
                t.term().forms().forEach(form -> termByForm.putIfAbsent(form.toLowerCase(language.locale()), t.id()));
            }
            case Item.TopicItem t -> {
                defined.add(new Key(Kind.TOPIC, language, t.id()));
                reserve("topic slug", lang, t.topic().slug());
            }
            case Item.ArticleItem a -> {
                reserve("article id", lang, a.id());
                reserve("slug", lang + "/" + a.article().topicId(), a.article().slug());
            }
            case Item.PageItem p -> {
                // One name space with articles: a page's workflow is kept by the same (language, id) key.
                reserve("article id", lang, p.id());
                reserve("page slug", lang, p.page().slug());
            }
        }
    }

    private void reserve(String what, String scope, String value) {
        uniqueValues.computeIfAbsent(what + "|" + scope, k -> new HashSet<>()).add(value);
    }

    void resolve() {
        for (Expectation expectation : expected) {
            if (!defined.contains(expectation.key())) {
                Key key = expectation.key();
                problems.add(expectation.location(), "unknown " + key.kind().label + " '" + key.id() + "'"
                        + (key.language() == null ? "" : " in " + key.language()));
            }
        }
        for (VariantExpectation variant : expectedVariants) {
            boolean treatmentKnown = defined.contains(new Key(Kind.TREATMENT, variant.language(),
                    variant.treatmentId()));
            Set<String> variants = variantsByTreatment.getOrDefault(
                    variant.language() + "/" + variant.treatmentId(), Set.of());
            if (treatmentKnown && !variants.contains(variant.variantId())) {
                problems.add(variant.location(), "unknown variant '" + variant.variantId() + "' of treatment '"
                        + variant.treatmentId() + "'");
            }
        }
    }
}
