package org.evidenz.editorial.authoring;

import java.util.List;

import org.evidenz.bundle.ItemKind;

/**
 * A field of an editor form as shown: its form name ({@code harms[0].name}), current value, and the problems the
 * bundle rules found in it. A group has one list of fields per entry.
 */
public record FormField(FieldSpec spec, String name, String value, List<String> problems,
        List<List<FormField>> entries) {

    /** An HTML id for the field: its name with the brackets and dots replaced. */
    public String htmlId() {
        return "f-" + name.replaceAll("[^A-Za-z0-9-]", "_");
    }

    public String label() {
        return spec.label();
    }

    public String hint() {
        return spec.hint();
    }

    public boolean required() {
        return spec.mandatory();
    }

    public boolean readOnly() {
        return spec.fixed();
    }

    public String type() {
        return spec.type().name();
    }

    public List<String> options() {
        return spec.options();
    }

    /** The id of the list of existing ids suggested for this field, or null. */
    public String suggestions() {
        return spec.refersTo() == null ? null : suggestionsId(spec.refersTo());
    }

    static String suggestionsId(ItemKind kind) {
        return "known-" + kind.plural();
    }

    public boolean checked() {
        return "true".equals(value);
    }

    /** "true" when the field has problems, else null (no attribute). */
    public String ariaInvalid() {
        return invalid() ? "true" : null;
    }

    /** The ids of the problem text or the hint that describe the field, or null. */
    public String describedBy() {
        if (invalid()) {
            return htmlId() + "-error";
        }
        return spec.hint() != null ? htmlId() + "-hint" : null;
    }

    public boolean invalid() {
        return !problems.isEmpty();
    }

    /** Rows for a text area: enough for what is in it, within limits. */
    public int rows() {
        int lines = value == null ? 1 : (int) value.lines().count() + (value.length() / 90) + 1;
        int min = "MARKDOWN".equals(type()) ? 4 : 2;
        int max = name.endsWith("body") ? 30 : 14;
        return Math.max(min, Math.min(max, lines));
    }
}
