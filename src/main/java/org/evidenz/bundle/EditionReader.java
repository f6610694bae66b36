package org.evidenz.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evidenz.article.AboutPage;
import org.evidenz.article.Topic;
import org.evidenz.bundle.References.Kind;
import org.evidenz.condition.CodeSystem;
import org.evidenz.condition.Condition;
import org.evidenz.condition.ConditionCode;
import org.evidenz.evidence.Certainty;
import org.evidenz.evidence.EffectDuration;
import org.evidenz.evidence.EffectSize;
import org.evidenz.evidence.EvidenceFinding;
import org.evidenz.evidence.FindingDirection;
import org.evidenz.evidence.Guideline;
import org.evidenz.evidence.Phase;
import org.evidenz.evidence.Recommendation;
import org.evidenz.evidence.RecommendationDirection;
import org.evidenz.evidence.RecommendationStrength;
import org.evidenz.glossary.Term;
import org.evidenz.prose.ProseSyntax;
import org.evidenz.shared.Language;
import org.evidenz.treatment.Coverage;
import org.evidenz.treatment.CoverageExtent;
import org.evidenz.treatment.CoverageStatus;
import org.evidenz.treatment.Harm;
import org.evidenz.treatment.HarmFrequency;
import org.evidenz.treatment.Plausibility;
import org.evidenz.treatment.Seriousness;
import org.evidenz.treatment.Treatment;
import org.evidenz.treatment.TreatmentKind;
import org.evidenz.treatment.Variant;

/** Reads one language folder of a bundle. */
final class EditionReader {

    /** First path segments the site uses itself; a topic slug must not hide them ({@code /en/glossary}). */
    static final Set<String> RESERVED_TOPIC_SLUGS = Set.of("glossary", "treatments", "sources", "search",
            "newsletter", "feed", "feedback", "api", "assets", "editor", "admin", "login", "logout", "account",
            "about", "help");

    static final Set<String> FILES = Set.of("conditions.yaml", "treatments.yaml", "coverage.yaml", "findings.yaml",
            "guidelines.yaml", "glossary.yaml", "topics.yaml", "pages.yaml", "articles");

    private final Language language;
    private final String folder;
    private final References references;
    private final Problems problems;

    EditionReader(Language language, References references, Problems problems) {
        this.language = language;
        this.folder = language.code() + "/";
        this.references = references;
        this.problems = problems;
    }

    Edition read(BundleFiles files) {
        for (String name : files.list(language.code())) {
            if (!FILES.contains(name)) {
                problems.add(new BundleProblem(folder + name, 0, "", "unknown file; a language folder holds "
                        + String.join(", ", FILES.stream().sorted().toList())));
            }
        }
        List<Condition> conditions = new ArrayList<>();
        each(files, "conditions.yaml", "conditions", f -> conditions.add(condition(f)));
        List<Treatment> treatments = new ArrayList<>();
        List<Harm> harms = new ArrayList<>();
        each(files, "treatments.yaml", "treatments", f -> treatments.add(treatment(f, harms)));
        List<Coverage> coverage = new ArrayList<>();
        each(files, "coverage.yaml", "coverage", f -> coverage.add(coverage(f)));
        List<EvidenceFinding> findings = new ArrayList<>();
        each(files, "findings.yaml", "findings", f -> findings.add(finding(f)));
        List<Guideline> guidelines = new ArrayList<>();
        each(files, "guidelines.yaml", "guidelines", f -> guidelines.add(guideline(f)));
        List<Term> glossary = new ArrayList<>();
        Map<String, String> termByForm = new HashMap<>();
        each(files, "glossary.yaml", "terms", f -> glossary.add(term(f, termByForm)));
        List<Topic> topics = new ArrayList<>();
        each(files, "topics.yaml", "topics", f -> topics.add(topic(f)));
        var articles = new ArticleReader(language, references, problems).readAll(files);
        List<AboutPage> pages = new ArrayList<>();
        each(files, "pages.yaml", "pages", f -> pages.add(page(f)));
        return new Edition(language, conditions, treatments, harms, coverage, findings, guidelines, glossary, topics,
                articles, pages);
    }

    private void each(BundleFiles files, String file, String key, java.util.function.Consumer<Fields> reader) {
        YamlFiles.read(files, folder + file, problems).ifPresent(root -> {
            root.mappings(key).forEach(reader);
            root.rejectUnknownFields();
        });
    }

    Condition condition(Fields f) {
        String id = f.requiredId("id");
        references.define(Kind.CONDITION, language, id, f.location("id"));
        String slug = f.requiredId("slug");
        references.unique("condition slug", language.code(), slug, f.location("slug"));
        String name = f.required("name");
        List<String> layNames = f.strings("lay-names");
        String description = prose(f, "description", false);
        List<ConditionCode> codes = new ArrayList<>();
        for (Fields c : f.mappings("codes")) {
            CodeSystem system = c.requiredCode("system", Arrays.asList(CodeSystem.values()), CodeSystem::label);
            String code = c.required("code", 40);
            String display = c.optional("display");
            String version = codeVersion(c, system);
            if (system != null && code != null && (version != null || !system.requiresVersion())) {
                codes.add(new ConditionCode(system, code, display, version));
            }
            c.rejectUnknownFields();
        }
        f.rejectUnknownFields();
        return new Condition(language, id, slug, name, layNames, description, codes);
    }

    /** ICD-10-GM codes name their catalogue year: the same code may mean something else in another year. */
    private static String codeVersion(Fields c, CodeSystem system) {
        String version = c.optional("version", 40);
        if (system == null || !system.requiresVersion() || (version != null && system.isValidVersion(version))) {
            return version;
        }
        c.problem("version", version == null
                ? "required for " + system.label() + " codes: the catalogue year, e.g. 2026"
                : "'" + version + "' is not a catalogue year such as 2026");
        return null;
    }

    Treatment treatment(Fields f, List<Harm> harms) {
        String id = f.requiredId("id");
        references.define(Kind.TREATMENT, language, id, f.location("id"));
        String slug = f.requiredId("slug");
        references.unique("treatment slug", language.code(), slug, f.location("slug"));
        String name = f.required("name");
        TreatmentKind kind = f.requiredEnum("kind", TreatmentKind.class);
        String summary = f.required("summary");
        String description = prose(f, "description", true);
        String mechanism = prose(f, "mechanism", false);
        Plausibility plausibility = f.requiredEnum("plausibility", Plausibility.class);
        String plausibilityNote = prose(f, "plausibility-note", false);
        String deliveredBy = f.optional("delivered-by");
        String practitionerNote = prose(f, "practitioner-note", false);
        List<String> aliases = f.strings("aliases");
        List<Variant> variants = new ArrayList<>();
        for (Fields v : f.mappings("variants")) {
            String variantId = v.requiredId("id");
            references.defineVariant(language, id, variantId, v.location("id"));
            variants.add(new Variant(variantId, v.required("name"), prose(v, "description", false)));
            v.rejectUnknownFields();
        }
        for (Fields h : f.mappings("harms")) {
            harms.add(harm(h, id));
        }
        f.rejectUnknownFields();
        return new Treatment(language, id, slug, name, kind, summary, description, mechanism, plausibility,
                plausibilityNote, deliveredBy, practitionerNote, aliases, variants);
    }

    private Harm harm(Fields f, String treatmentId) {
        String id = f.requiredId("id");
        references.unique("harm id", language.code(), id, f.location("id"));
        String variant = f.optionalId("variant");
        references.expectVariant(language, treatmentId, variant, f.location("variant"));
        Harm harm = new Harm(language, id, treatmentId, variant, f.required("name"), prose(f, "description", true),
                f.requiredEnum("frequency", HarmFrequency.class), f.requiredEnum("seriousness", Seriousness.class),
                f.strings("risk-groups"), prose(f, "precaution", false), sources(f));
        f.rejectUnknownFields();
        return harm;
    }

    Coverage coverage(Fields f) {
        String id = f.requiredId("id");
        references.unique("coverage id", language.code(), id, f.location("id"));
        String jurisdiction = f.required("jurisdiction");
        if (jurisdiction != null && !jurisdiction.matches("[A-Z]{2}")) {
            f.problem("jurisdiction", "'" + jurisdiction + "' is not a two-letter country code such as DE");
        }
        Coverage coverage = new Coverage(language, id, jurisdiction, f.required("payer"),
                f.requiredEnum("status", CoverageStatus.class), f.requiredEnum("extent", CoverageExtent.class),
                treatmentIds(f, "treatments"), prose(f, "note", false), sources(f));
        f.rejectUnknownFields();
        return coverage;
    }

    EvidenceFinding finding(Fields f) {
        String id = f.requiredId("id");
        references.unique("finding id", language.code(), id, f.location("id"));
        String treatment = f.requiredId("treatment");
        references.expect(Kind.TREATMENT, language, treatment, f.location("treatment"));
        String variant = f.optionalId("variant");
        references.expectVariant(language, treatment, variant, f.location("variant"));
        String condition = f.requiredId("condition");
        references.expect(Kind.CONDITION, language, condition, f.location("condition"));
        EvidenceFinding finding = new EvidenceFinding(language, id, treatment, variant, condition,
                f.requiredEnum("phase", Phase.class), f.required("outcome"), f.optional("comparator"),
                f.requiredEnum("direction", FindingDirection.class), f.requiredEnum("size", EffectSize.class),
                f.requiredEnum("duration", EffectDuration.class), f.requiredEnum("certainty", Certainty.class),
                f.optional("study-base"), prose(f, "statement", true), sources(f));
        f.rejectUnknownFields();
        return finding;
    }

    Guideline guideline(Fields f) {
        String id = f.requiredId("id");
        references.unique("guideline id", language.code(), id, f.location("id"));
        String title = f.required("title");
        String shortTitle = f.required("short-title");
        String issuer = f.required("issuer");
        Integer year = f.requiredInt("year", 1900, 2100);
        String jurisdiction = f.required("jurisdiction");
        String statusNote = f.optional("status-note");
        String source = f.requiredId("source");
        references.expect(Kind.SOURCE, null, source, f.location("source"));
        List<Recommendation> recommendations = new ArrayList<>();
        for (Fields r : f.mappings("recommendations")) {
            String recommendationId = r.requiredId("id");
            references.unique("recommendation id", language.code(), recommendationId, r.location("id"));
            List<String> treatments = treatmentIds(r, "treatments");
            String condition = r.requiredId("condition");
            references.expect(Kind.CONDITION, language, condition, r.location("condition"));
            recommendations.add(new Recommendation(recommendationId, id, treatments, condition,
                    r.requiredEnum("direction", RecommendationDirection.class),
                    r.requiredEnum("strength", RecommendationStrength.class), prose(r, "statement", true),
                    sources(r)));
            r.rejectUnknownFields();
        }
        f.rejectUnknownFields();
        return new Guideline(language, id, title, shortTitle, issuer, year == null ? 0 : year, jurisdiction,
                statusNote, source, recommendations);
    }

    Term term(Fields f, Map<String, String> termByForm) {
        String id = f.requiredId("id");
        references.unique("glossary term id", language.code(), id, f.location("id"));
        String slug = f.requiredId("slug");
        references.unique("glossary slug", language.code(), slug, f.location("slug"));
        String term = f.required("term");
        List<String> forms = f.has("forms") ? f.strings("forms") : term == null ? List.of() : List.of(term);
        for (int i = 0; i < forms.size(); i++) {
            String other = termByForm.putIfAbsent(forms.get(i).toLowerCase(language.locale()), id);
            if (other != null && !other.equals(id)) {
                problems.add(f.elementLocation("forms", i), "'" + forms.get(i) + "' already links to term '"
                        + other + "'");
            }
        }
        Term result = new Term(language, id, slug, term, forms, prose(f, "definition", true));
        f.rejectUnknownFields();
        return result;
    }

    /** A page about the site; its id shares the articles' name space, its slug is its address under /about/. */
    AboutPage page(Fields f) {
        String id = f.requiredId("id");
        references.unique("article id", language.code(), id, f.location("id"));
        String slug = f.requiredId("slug");
        references.unique("page slug", language.code(), slug, f.location("slug"));
        String title = f.required("title");
        String summary = f.required("summary");
        String body = f.required("body", ArticleReader.MAX_SECTION);
        if (body != null) {
            references.expectCitations(body, f.location("body"));
            if (!ProseSyntax.blockNames(body).isEmpty()) {
                f.problem("body", "blocks such as {{" + ProseSyntax.blockNames(body).get(0)
                        + "}} can only be used in article sections");
            }
        }
        f.rejectUnknownFields();
        return new AboutPage(language, id, slug, title, summary, body);
    }

    Topic topic(Fields f) {
        String id = f.requiredId("id");
        references.define(Kind.TOPIC, language, id, f.location("id"));
        String slug = f.requiredId("slug");
        references.unique("topic slug", language.code(), slug, f.location("slug"));
        if (slug != null && RESERVED_TOPIC_SLUGS.contains(slug)) {
            f.problem("slug", "'" + slug + "' is reserved for the site's own pages; choose another slug");
        }
        String condition = f.optionalId("condition");
        references.expect(Kind.CONDITION, language, condition, f.location("condition"));
        var topic = new Topic(language, id, slug, f.required("title"), f.required("summary"),
                condition);
        f.rejectUnknownFields();
        return topic;
    }

    private List<String> treatmentIds(Fields f, String key) {
        List<String> ids = f.ids(key);
        if (ids.isEmpty()) {
            f.problem(key, "name at least one treatment");
        }
        for (int i = 0; i < ids.size(); i++) {
            references.expect(Kind.TREATMENT, language, ids.get(i), f.elementLocation(key, i));
        }
        return ids;
    }

    /** The {@code sources} of an evidence statement: at least one, each a source of the bundle. */
    private List<String> sources(Fields f) {
        List<String> ids = f.ids("sources");
        if (ids.isEmpty()) {
            f.problem("sources", "an evidence statement must name at least one source");
        }
        for (int i = 0; i < ids.size(); i++) {
            references.expect(Kind.SOURCE, null, ids.get(i), f.elementLocation("sources", i));
        }
        return ids;
    }

    /** A Markdown field: its citations must resolve, and blocks belong only in article sections. */
    private String prose(Fields f, String key, boolean required) {
        String text = required ? f.required(key, Fields.LONG_TEXT) : f.optional(key, Fields.LONG_TEXT);
        if (text != null) {
            references.expectCitations(text, f.location(key));
            if (!ProseSyntax.blockNames(text).isEmpty()) {
                f.problem(key, "blocks such as {{" + ProseSyntax.blockNames(text).get(0)
                        + "}} can only be used in article sections");
            }
        }
        return text;
    }
}
