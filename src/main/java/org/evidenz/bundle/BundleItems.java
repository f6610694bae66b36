package org.evidenz.bundle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.evidenz.shared.Language;
import org.evidenz.source.Source;

/** A bundle as the list of its items, and back: what export, import and the item format share. */
final class BundleItems {

    private BundleItems() {
    }

    /** The items of a bundle, in file order. */
    static List<Item> of(Bundle bundle) {
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
            e.pages().forEach(p -> items.add(new Item.PageItem(p)));
        }
        return items;
    }

    /** A bundle of these items, grouped by language in the order they are given. */
    static Bundle bundle(String name, List<Item> items) {
        List<Source> sources = new ArrayList<>();
        Map<Language, List<Item>> byLanguage = new EnumMap<>(Language.class);
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
                of(list, Item.ArticleItem.class, Item.ArticleItem::article),
                of(list, Item.PageItem.class, Item.PageItem::page))));
        return new Bundle(BundleReader.FORMAT, name, sources, editions);
    }

    private static <I, T> List<T> of(List<Item> items, Class<I> type, Function<I, T> value) {
        return items.stream().filter(type::isInstance).map(type::cast).map(value).toList();
    }
}
