package org.evidenz.bundle;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.evidenz.shared.Language;

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
        return ItemMaps.of(item);
    }

    /** Text in the bundle format from nested maps, e.g. from an editor's form. */
    public static String text(ItemKind kind, Map<String, Object> fields) {
        return ItemText.of(kind, fields);
    }

    /**
     * The problems of {@link #text(ItemKind, Map) text made from these fields}, each named by the field it is in. An
     * article's Markdown names sections by line; an editor's form has a field for each part of a section instead
     * ({@code sections[1].body}).
     */
    public static List<BundleProblem> located(ItemKind kind, Map<String, Object> fields,
            List<BundleProblem> problems) {
        return ItemText.located(kind, fields, problems);
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
        return ItemParser.read(kind, language, expectedId, text, others, true);
    }

    /**
     * Reads an item stored earlier, when it was checked: references are not checked again, since what it refers to
     * may have changed since (that is what the next check of a save or publication is for).
     */
    public static Item parse(ItemKind kind, Language language, String id, String text) {
        ItemReading reading = ItemParser.read(kind, language, id, text, List.of(), false);
        if (!reading.valid()) {
            throw new IllegalStateException("Stored " + kind + " " + id + " is unreadable: " + reading.problems());
        }
        return reading.item();
    }

    /** The items of a bundle, in file order. */
    public static List<Item> items(Bundle bundle) {
        return BundleItems.of(bundle);
    }

    /** A bundle of these items, grouped by language in the order they are given. */
    public static Bundle bundle(String name, List<Item> items) {
        return BundleItems.bundle(name, items);
    }
}
