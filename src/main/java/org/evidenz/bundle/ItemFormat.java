package org.evidenz.bundle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.evidenz.article.Article;
import org.evidenz.article.Topic;
import org.evidenz.condition.Condition;
import org.evidenz.evidence.EvidenceFinding;
import org.evidenz.evidence.Guideline;
import org.evidenz.evidence.Recommendation;
import org.evidenz.glossary.Term;
import org.evidenz.shared.Language;
import org.evidenz.source.Author;
import org.evidenz.source.Source;
import org.evidenz.treatment.Coverage;
import org.evidenz.treatment.Harm;
import org.evidenz.treatment.Treatment;
import org.evidenz.treatment.Variant;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * One item in the bundle format: written as the YAML a bundle file lists (an article as its Markdown file), and read
 * back through the same readers as a whole bundle, against the rest of the content. Revisions store this text, and
 * editor forms are validated by turning them into it, so an edit passes exactly the rules an import does.
 */
public final class ItemFormat {

    private ItemFormat() {
    }

    /** The item as the bundle writes it. */
    public static String write(Item item) {
        return text(item.kind(), map(item));
    }

    /** The item as nested maps and lists, keyed like the bundle fields (an article's sections as a list). */
    public static Map<String, Object> map(Item item) {
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
        };
    }

    /** Text in the bundle format from nested maps, e.g. from an editor's form. */
    public static String text(ItemKind kind, Map<String, Object> fields) {
        return kind == ItemKind.ARTICLE ? new ArticleText(fields).text : yaml().dump(fields);
    }

    /**
     * The problems of {@link #text(ItemKind, Map) text made from these fields}, each named by the field it is in. An
     * article's Markdown names sections by line; an editor's form has a field for each part of a section instead
     * ({@code sections[1].body}).
     */
    public static List<BundleProblem> located(ItemKind kind, Map<String, Object> fields,
            List<BundleProblem> problems) {
        if (kind != ItemKind.ARTICLE) {
            return problems;
        }
        ArticleText text = new ArticleText(fields);
        return problems.stream().map(text::locate).toList();
    }

    /** An article's Markdown, and the line where each section's heading went. */
    private static final class ArticleText {

        final String text;
        final List<Integer> headingLines = new ArrayList<>();

        @SuppressWarnings("unchecked")
        ArticleText(Map<String, Object> fields) {
            Map<String, Object> frontMatter = new LinkedHashMap<>(fields);
            Object sections = frontMatter.remove("sections");
            StringBuilder text = new StringBuilder("---\n").append(yaml().dump(frontMatter)).append("---\n");
            if (sections instanceof List<?> list) {
                for (Object element : list) {
                    Map<String, Object> section = (Map<String, Object>) element;
                    text.append('\n');
                    headingLines.add((int) text.chars().filter(c -> c == '\n').count() + 1);
                    text.append("## ").append(value(section, "title")).append(" {#").append(value(section, "anchor"))
                            .append(" layer=").append(value(section, "layer")).append("}\n\n")
                            .append(value(section, "body")).append('\n');
                }
            }
            this.text = text.toString();
        }

        /** A problem in a section's heading or text, named by the field of that section; others as they are. */
        BundleProblem locate(BundleProblem problem) {
            int section = -1;
            for (int i = 0; i < headingLines.size() && headingLines.get(i) <= problem.line(); i++) {
                section = i;
            }
            if (section < 0 || problem.line() <= 0) {
                return problem;
            }
            boolean heading = problem.line() == headingLines.get(section);
            String field = heading && !problem.field().isEmpty() ? problem.field() : heading ? "title" : "body";
            return new BundleProblem(problem.file(), problem.line(), "sections[" + section + "]." + field,
                    problem.reason());
        }
    }

    private static String value(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : value.toString().strip();
    }

    /**
     * Reads one item of this kind from its text and checks it against {@code others}, the rest of the content:
     * every reference must resolve, ids, slugs and glossary forms must stay unique. Problems name the field
     * ({@code harms[0].frequency}) or, in an article, the line.
     *
     * @param language null for sources
     * @param expectedId the item's id when it exists already (it cannot change), or null for a new item
     */
    public static ItemReading read(ItemKind kind, Language language, String expectedId, String text,
            Collection<Item> others) {
        return read(kind, language, expectedId, text, others, true);
    }

    /**
     * Reads an item stored earlier, when it was checked: references are not checked again, since what it refers to
     * may have changed since (that is what the next check of a save or publication is for).
     */
    public static Item parse(ItemKind kind, Language language, String id, String text) {
        ItemReading reading = read(kind, language, id, text, List.of(), false);
        if (!reading.valid()) {
            throw new IllegalStateException("Stored " + kind + " " + id + " is unreadable: " + reading.problems());
        }
        return reading.item();
    }

    private static ItemReading read(ItemKind kind, Language language, String expectedId, String text,
            Collection<Item> others, boolean checkReferences) {
        Problems problems = new Problems();
        References references = new References(problems);
        Map<String, String> termByForm = new HashMap<>();
        for (Item other : others) {
            if (!(other.kind() == kind && other.id().equals(expectedId)
                    && java.util.Objects.equals(other.language(), language))) {
                references.registerExisting(other, termByForm);
            }
        }
        String path = kind.name().toLowerCase(java.util.Locale.ROOT);
        Item item = kind == ItemKind.ARTICLE
                ? new ArticleReader(language, references, problems).read(path, text)
                        .map(a -> (Item) new Item.ArticleItem(a)).orElse(null)
                : YamlFiles.parse(text, path, 0, problems)
                        .map(fields -> readFields(kind, language, fields, references, problems, termByForm))
                        .orElse(null);
        if (item != null && expectedId != null && !expectedId.equals(item.id())) {
            problems.add(new BundleProblem(path, 0, "id", "the id of an existing item cannot change"));
        }
        if (checkReferences) {
            references.resolve();
        }
        return new ItemReading(problems.isEmpty() ? item : null, problems.list());
    }

    private static Item readFields(ItemKind kind, Language language, Fields f, References references,
            Problems problems, Map<String, String> termByForm) {
        EditionReader reader = language == null ? null : new EditionReader(language, references, problems);
        return switch (kind) {
            case SOURCE -> new Item.SourceItem(new SourceReader(references, problems).source(f));
            case CONDITION -> new Item.ConditionItem(reader.condition(f));
            case TREATMENT -> {
                List<Harm> harms = new ArrayList<>();
                Treatment treatment = reader.treatment(f, harms);
                yield new Item.TreatmentItem(treatment, harms);
            }
            case COVERAGE -> new Item.CoverageItem(reader.coverage(f));
            case FINDING -> new Item.FindingItem(reader.finding(f));
            case GUIDELINE -> new Item.GuidelineItem(reader.guideline(f));
            case TERM -> new Item.TermItem(reader.term(f, termByForm));
            case TOPIC -> new Item.TopicItem(reader.topic(f));
            case ARTICLE -> throw new IllegalArgumentException("Articles are Markdown, not YAML");
        };
    }

    /** A configured dumper; SnakeYAML instances are not thread-safe, so one per use. */
    static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        return new Yaml(new MultilineLiteralRepresenter(options), options);
    }

    /** The items of a bundle, in file order. */
    public static List<Item> items(Bundle bundle) {
        List<Item> items = new ArrayList<>();
        bundle.sources().forEach(s -> items.add(new Item.SourceItem(s)));
        for (Edition e : bundle.editions()) {
            e.conditions().forEach(c -> items.add(new Item.ConditionItem(c)));
            e.treatments().forEach(t -> items.add(new Item.TreatmentItem(t,
                    e.harms().stream().filter(h -> h.treatmentId().equals(t.id())).toList())));
            e.coverage().forEach(c -> items.add(new Item.CoverageItem(c)));
            e.findings().forEach(f -> items.add(new Item.FindingItem(f)));
            e.guidelines().forEach(g -> items.add(new Item.GuidelineItem(g)));
            e.glossary().forEach(t -> items.add(new Item.TermItem(t)));
            e.topics().forEach(t -> items.add(new Item.TopicItem(t)));
            e.articles().forEach(a -> items.add(new Item.ArticleItem(a)));
        }
        return items;
    }

    /** A bundle of these items, grouped by language in the order they are given. */
    public static Bundle bundle(String name, List<Item> items) {
        List<Source> sources = new ArrayList<>();
        Map<Language, List<Item>> byLanguage = new java.util.EnumMap<>(Language.class);
        for (Item item : items) {
            if (item instanceof Item.SourceItem s) {
                sources.add(s.source());
            } else {
                byLanguage.computeIfAbsent(item.language(), l -> new ArrayList<>()).add(item);
            }
        }
        List<Edition> editions = new ArrayList<>();
        byLanguage.forEach((language, list) -> editions.add(new Edition(language,
                of(list, Item.ConditionItem.class, Item.ConditionItem::condition),
                of(list, Item.TreatmentItem.class, Item.TreatmentItem::treatment),
                list.stream().filter(Item.TreatmentItem.class::isInstance).map(Item.TreatmentItem.class::cast)
                        .flatMap(t -> t.harms().stream()).toList(),
                of(list, Item.CoverageItem.class, Item.CoverageItem::coverage),
                of(list, Item.FindingItem.class, Item.FindingItem::finding),
                of(list, Item.GuidelineItem.class, Item.GuidelineItem::guideline),
                of(list, Item.TermItem.class, Item.TermItem::term),
                of(list, Item.TopicItem.class, Item.TopicItem::topic),
                of(list, Item.ArticleItem.class, Item.ArticleItem::article))));
        return new Bundle(BundleReader.FORMAT, name, sources, editions);
    }

    private static <I, T> List<T> of(List<Item> items, Class<I> type, Function<I, T> value) {
        return items.stream().filter(type::isInstance).map(type::cast).map(value).toList();
    }

    private static Map<String, Object> article(Article a) {
        return map("id", a.id(), "topic", a.topicId(), "slug", a.slug(), "title", a.title(), "summary", a.summary(),
                "status", a.status().name(), "updated", a.updated().toString(), "next-review",
                a.nextReview().toString(), "treatments", a.treatmentIds(), "further-sources", a.furtherSourceIds(),
                "sections", list(a.sections(), s -> map("title", s.title(), "anchor", s.anchor(), "layer",
                        s.layer().code(), "body", s.body())));
    }

    private static Map<String, Object> source(Source s) {
        return map("id", s.id(), "type", s.type().code(), "authors", list(s.authors(), ItemFormat::author),
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
                        code.code(), "display", code.display())));
    }

    private static Map<String, Object> treatment(Treatment t, List<Harm> own) {
        return map("id", t.id(), "slug", t.slug(), "name", t.name(), "kind", t.kind().name(), "summary", t.summary(),
                "description", t.description(), "mechanism", t.mechanism(), "plausibility", t.plausibility().name(),
                "plausibility-note", t.plausibilityNote(), "delivered-by", t.deliveredBy(), "practitioner-note",
                t.practitionerNote(), "aliases", t.aliases(), "variants", list(t.variants(), ItemFormat::variant),
                "harms", list(own, ItemFormat::harm));
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
                "recommendations", list(g.recommendations(), ItemFormat::recommendation));
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

    static <T> List<Map<String, Object>> list(List<T> items, Function<T, Map<String, Object>> mapper) {
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

    private static final class MultilineLiteralRepresenter extends Representer {

        MultilineLiteralRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(String.class, data -> {
                String text = (String) data;
                DumperOptions.ScalarStyle style = text.contains("\n") ? DumperOptions.ScalarStyle.LITERAL
                        : DumperOptions.ScalarStyle.PLAIN;
                return representScalar(Tag.STR, text, style);
            });
        }
    }
}
