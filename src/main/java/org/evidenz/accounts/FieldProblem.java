package org.evidenz.accounts;

/**
 * What was wrong with one field of a refused form, for templates that show the message next to the field and link
 * the two for assistive technology ({@code aria-invalid}, {@code aria-describedby}).
 *
 * @param fieldId the HTML id of the field, or null when the problem concerns the whole form
 */
public record FieldProblem(String fieldId, String message) {

    public static final FieldProblem NONE = new FieldProblem(null, null);

    /** The message when it belongs next to this field, else null. */
    public String at(String id) {
        return id.equals(fieldId) ? message : null;
    }

    /** {@code "true"} for {@code aria-invalid} of this field, or null to leave the attribute out. */
    public String invalid(String id) {
        return id.equals(fieldId) ? "true" : null;
    }

    /** The {@code aria-describedby} of this field: its error when it has one, else {@code otherwise} (may be null). */
    public String describedBy(String id, String otherwise) {
        return id.equals(fieldId) ? errorId(id) + (otherwise == null ? "" : " " + otherwise) : otherwise;
    }

    public String errorId(String id) {
        return id + "-error";
    }
}
