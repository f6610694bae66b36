package org.evidenz.editorial.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.evidenz.article.AboutPage;
import org.evidenz.article.Article;
import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.prose.ProseSyntax;
import org.evidenz.shared.Language;

/**
 * What a publication of an article covers: the article, its topic, the treatments it presents with their harms,
 * the findings, coverage rules and guidelines about them, the conditions they concern, the glossary of its
 * language and every source any of these cite. Changes to any of them are reviewed with the article and published
 * with it; nothing else is.
 */
public final class Scope {

    private Scope() {
    }

    /** The keys in scope of an article, among {@code items} (the content as it stands). */
    public static Set<ItemKey> of(Article article, Collection<Item> items) {
        Language language = article.language();
        Set<String> treatmentIds = Set.copyOf(article.treatmentIds());
        List<Item> inScope = new ArrayList<>();
        Set<String> conditionIds = new LinkedHashSet<>();
        for (Item item : items) {
            if (!language.equals(item.language())) {
                continue;
            }
            boolean in = switch (item) {
                case Item.ArticleItem a -> a.id().equals(article.id());
                case Item.TopicItem t -> t.id().equals(article.topicId());
                case Item.TreatmentItem t -> treatmentIds.contains(t.id());
                case Item.FindingItem f -> treatmentIds.contains(f.finding().treatmentId());
                case Item.CoverageItem c -> c.coverage().treatmentIds().stream().anyMatch(treatmentIds::contains);
                case Item.GuidelineItem g -> g.guideline().recommendations().stream()
                        .anyMatch(r -> r.treatmentIds().stream().anyMatch(treatmentIds::contains));
                case Item.TermItem t -> true;
                case Item.PageItem p -> false;
                case Item.ConditionItem c -> false;
                case Item.SourceItem s -> false;
            };
            if (in) {
                inScope.add(item);
                conditionIds.addAll(conditionsOf(item));
            }
        }
        for (Item item : items) {
            if (item instanceof Item.ConditionItem c && language.equals(c.language())
                    && conditionIds.contains(c.id())) {
                inScope.add(item);
            }
        }
        Set<String> sourceIds = new LinkedHashSet<>();
        inScope.forEach(item -> sourceIds.addAll(sourcesOf(item)));
        Set<ItemKey> keys = new LinkedHashSet<>();
        inScope.forEach(item -> keys.add(ItemKey.of(item)));
        sourceIds.forEach(id -> keys.add(new ItemKey(ItemKind.SOURCE, null, id)));
        return keys;
    }

    /**
     * What a publication of a page about the site covers: the page and the sources it cites. A page changes nothing
     * else readers see, and the glossary it links to is published with the articles.
     */
    public static Set<ItemKey> of(AboutPage page) {
        Set<ItemKey> keys = new LinkedHashSet<>();
        Item item = new Item.PageItem(page);
        keys.add(ItemKey.of(item));
        sourcesOf(item).forEach(id -> keys.add(new ItemKey(ItemKind.SOURCE, null, id)));
        return keys;
    }

    private static List<String> conditionsOf(Item item) {
        return switch (item) {
            case Item.TopicItem t -> t.topic().conditionId() == null ? List.of() : List.of(t.topic().conditionId());
            case Item.FindingItem f -> List.of(f.finding().conditionId());
            case Item.GuidelineItem g -> g.guideline().recommendations().stream().map(r -> r.conditionId()).toList();
            default -> List.of();
        };
    }

    /** Every source an item names: in its source lists and in the citations of its prose. */
    static Set<String> sourcesOf(Item item) {
        Set<String> ids = new LinkedHashSet<>();
        Stream<String> prose = switch (item) {
            case Item.ArticleItem a -> {
                ids.addAll(a.article().furtherSourceIds());
                yield a.article().sections().stream().map(s -> s.body());
            }
            case Item.TreatmentItem t -> {
                t.harms().forEach(h -> ids.addAll(h.sourceIds()));
                var tr = t.treatment();
                yield Stream.concat(Stream.of(tr.description(), tr.mechanism(), tr.plausibilityNote(),
                        tr.practitionerNote()), Stream.concat(tr.variants().stream().map(v -> v.description()),
                        t.harms().stream().flatMap(h -> Stream.of(h.description(), h.precaution()))));
            }
            case Item.FindingItem f -> {
                ids.addAll(f.finding().sourceIds());
                yield Stream.of(f.finding().statement());
            }
            case Item.CoverageItem c -> {
                ids.addAll(c.coverage().sourceIds());
                yield Stream.of(c.coverage().note());
            }
            case Item.GuidelineItem g -> {
                ids.add(g.guideline().sourceId());
                g.guideline().recommendations().forEach(r -> ids.addAll(r.sourceIds()));
                yield g.guideline().recommendations().stream().map(r -> r.statement());
            }
            case Item.TermItem t -> Stream.of(t.term().definition());
            case Item.PageItem p -> Stream.of(p.page().body());
            case Item.ConditionItem c -> Stream.of(c.condition().description());
            case Item.TopicItem t -> Stream.<String>empty();
            case Item.SourceItem s -> Stream.<String>empty();
        };
        prose.filter(Objects::nonNull).forEach(text -> ids.addAll(ProseSyntax.citedSourceIds(text)));
        return ids;
    }
}
