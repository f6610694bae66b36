package org.evidenz.editorial.authoring;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.evidenz.bundle.ItemKind;

/**
 * One field of an editor form, named like the bundle field it fills.
 *
 * @param options the allowed values of a choice
 * @param children the fields of each entry of a group
 * @param mandatory the bundle requires a value
 * @param fixed shown but set by the system (an article's dates and status are set by publication)
 * @param refersTo the kind of item whose id the field holds, offered as suggestions; or null
 */
record FieldSpec(String name, String label, Type type, List<String> options, List<FieldSpec> children,
        String hint, boolean mandatory, boolean fixed, ItemKind refersTo) {

    enum Type {
        /** One line of text. */
        TEXT,
        /** A few lines of plain text. */
        TEXTAREA,
        /** CommonMark with citations and glossary links. */
        MARKDOWN,
        /** A whole number, such as a year. */
        NUMBER,
        /** One of {@link FieldSpec#options()}. */
        CHOICE,
        /** A yes/no tick box. */
        CHECKBOX,
        /** A list of short values, one per line. */
        LINES,
        /** A repeatable group of fields. */
        GROUP
    }

    static FieldSpec text(String name, String label) {
        return new FieldSpec(name, label, Type.TEXT, List.of(), List.of(), null, false, false, null);
    }

    static FieldSpec textarea(String name, String label) {
        return new FieldSpec(name, label, Type.TEXTAREA, List.of(), List.of(), null, false, false, null);
    }

    static FieldSpec markdown(String name, String label) {
        return new FieldSpec(name, label, Type.MARKDOWN, List.of(), List.of(), null, false, false, null);
    }

    static FieldSpec number(String name, String label) {
        return new FieldSpec(name, label, Type.NUMBER, List.of(), List.of(), null, false, false, null);
    }

    static FieldSpec checkbox(String name, String label) {
        return new FieldSpec(name, label, Type.CHECKBOX, List.of(), List.of(), null, false, false, null);
    }

    static FieldSpec lines(String name, String label) {
        return new FieldSpec(name, label, Type.LINES, List.of(), List.of(), null, false, false, null);
    }

    static <E extends Enum<E>> FieldSpec choice(String name, String label, Class<E> values) {
        return choice(name, label, values, Enum::name);
    }

    static <E extends Enum<E>> FieldSpec choice(String name, String label, Class<E> values, Function<E, String> code) {
        return new FieldSpec(name, label, Type.CHOICE,
                Arrays.stream(values.getEnumConstants()).map(code).toList(), List.of(), null, false, false, null);
    }

    static FieldSpec group(String name, String label, FieldSpec... children) {
        return new FieldSpec(name, label, Type.GROUP, List.of(), List.of(children), null, false, false, null);
    }

    FieldSpec required() {
        return new FieldSpec(name, label, type, options, children, hint, true, fixed, refersTo);
    }

    FieldSpec hint(String text) {
        return new FieldSpec(name, label, type, options, children, text, mandatory, fixed, refersTo);
    }

    FieldSpec readOnly() {
        return new FieldSpec(name, label, type, options, children, hint, mandatory, true, refersTo);
    }

    /** The field holds the id of an item of this kind; the form suggests the existing ones. */
    FieldSpec refersTo(ItemKind kind) {
        return new FieldSpec(name, label, type, options, children, hint, mandatory, fixed, kind);
    }

    /** The kinds of item this field and its children refer to. */
    Stream<ItemKind> references() {
        return Stream.concat(Stream.ofNullable(refersTo), children.stream().flatMap(FieldSpec::references));
    }
}
