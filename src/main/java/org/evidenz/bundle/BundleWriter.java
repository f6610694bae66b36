package org.evidenz.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.evidenz.article.Article;
import org.evidenz.article.Section;
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
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a {@link Bundle} as files in the format {@link BundleReader} reads, so that export and import are a
 * lossless round trip. Empty optional fields are left out, multi-line text is written as a literal block.
 */
@Component
public class BundleWriter {

    private final Yaml yaml;

    public BundleWriter() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        this.yaml = new Yaml(new MultilineLiteralRepresenter(options), options);
    }

    public void write(Bundle bundle, Path folder) {
        write(folder.resolve("bundle.yaml"), map("format", bundle.format(), "name", bundle.name()));
        write(folder.resolve("sources.yaml"), Map.of("sources", list(bundle.sources(), BundleWriter::source)));
        for (Edition edition : bundle.editions()) {
            Path languageFolder = folder.resolve(edition.language().code());
            writeList(languageFolder.resolve("conditions.yaml"), "conditions", edition.conditions(),
                    BundleWriter::condition);
            writeList(languageFolder.resolve("treatments.yaml"), "treatments", edition.treatments(),
                    t -> treatment(t, edition.harms()));
            writeList(languageFolder.resolve("coverage.yaml"), "coverage", edition.coverage(), BundleWriter::coverage);
            writeList(languageFolder.resolve("findings.yaml"), "findings", edition.findings(), BundleWriter::finding);
            writeList(languageFolder.resolve("guidelines.yaml"), "guidelines", edition.guidelines(),
                    BundleWriter::guideline);
            writeList(languageFolder.resolve("glossary.yaml"), "terms", edition.glossary(), BundleWriter::term);
            writeList(languageFolder.resolve("topics.yaml"), "topics", edition.topics(), BundleWriter::topic);
            for (Article article : edition.articles()) {
                writeText(languageFolder.resolve("articles").resolve(article.id() + ".md"), article(article));
            }
        }
    }

    private <T> void writeList(Path file, String key, List<T> items, Function<T, Map<String, Object>> mapper) {
        if (!items.isEmpty()) {
            write(file, Map.of(key, list(items, mapper)));
        }
    }

    private void write(Path file, Map<String, ?> content) {
        writeText(file, yaml.dump(content));
    }

    private static void writeText(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private String article(Article a) {
        StringBuilder text = new StringBuilder("---\n");
        text.append(yaml.dump(map("id", a.id(), "topic", a.topicId(), "slug", a.slug(), "title", a.title(),
                "summary", a.summary(), "status", a.status().name(), "updated", a.updated().toString(),
                "next-review", a.nextReview().toString(), "treatments", a.treatmentIds(),
                "further-sources", a.furtherSourceIds())));
        text.append("---\n");
        for (Section section : a.sections()) {
            text.append("\n## ").append(section.title()).append(" {#").append(section.anchor()).append(" layer=")
                    .append(section.layer().code()).append("}\n\n").append(section.body()).append('\n');
        }
        return text.toString();
    }

    private static Map<String, Object> source(Source s) {
        return map("id", s.id(), "type", s.type().code(), "authors", list(s.authors(), BundleWriter::author),
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

    private static Map<String, Object> treatment(Treatment t, List<Harm> harms) {
        List<Harm> own = harms.stream().filter(h -> h.treatmentId().equals(t.id())).toList();
        return map("id", t.id(), "slug", t.slug(), "name", t.name(), "kind", t.kind().name(), "summary", t.summary(),
                "description", t.description(), "mechanism", t.mechanism(), "plausibility", t.plausibility().name(),
                "plausibility-note", t.plausibilityNote(), "delivered-by", t.deliveredBy(), "practitioner-note",
                t.practitionerNote(), "aliases", t.aliases(), "variants", list(t.variants(), BundleWriter::variant),
                "harms", list(own, BundleWriter::harm));
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
                "recommendations", list(g.recommendations(), BundleWriter::recommendation));
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
    private static Map<String, Object> map(Object... keysAndValues) {
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
