package org.evidenz.bundle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.evidenz.shared.Language;
import org.evidenz.treatment.Harm;
import org.evidenz.treatment.Treatment;

/** The read side of the bundle format for one item: its text through the bundle's own readers and checks. */
final class ItemParser {

    private ItemParser() {
    }

    /**
     * Reads one item of this kind against {@code others}, the rest of the content (see {@link ItemFormat#read});
     * its references are resolved only when {@code checkReferences}.
     */
    static ItemReading read(ItemKind kind, Language language, String expectedId, String text,
            Collection<Item> others, boolean checkReferences) {
        Problems problems = new Problems();
        References references = new References(problems);
        Map<String, String> termByForm = new HashMap<>();
        for (Item other : others) {
            if (!(other.kind() == kind && other.id().equals(expectedId)
                    && Objects.equals(other.language(), language))) {
                references.registerExisting(other, termByForm);
            }
        }
        String path = kind.name().toLowerCase(Locale.ROOT);
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
            case PAGE -> new Item.PageItem(reader.page(f));
            case ARTICLE -> throw new IllegalArgumentException("Articles are Markdown, not YAML");
        };
    }
}
