package org.evidenz.feedback;

import java.util.Map;

/**
 * The model of the reader's feedback form.
 *
 * @param problems texts by field name, shown next to the fields
 * @param message a text about the whole form (expired, too fast, too many), or null
 */
public record FeedbackPage(FeedbackForm form, Map<String, String> problems, String message, String articleTitle,
        String articlePath, int maxComment, int retentionMonths) {

    public boolean invalid(String field) {
        return problems.containsKey(field);
    }

    /** The aria-describedby of a field: its hint, and its error if it has one. */
    public String describedBy(String field, String hint) {
        String error = invalid(field) ? field + "-error" : null;
        if (hint == null) {
            return error;
        }
        return error == null ? hint : hint + " " + error;
    }

    public boolean checked(String value, String field) {
        return value != null && value.equals(switch (field) {
            case "helpful" -> form.helpful();
            case "understandable" -> form.understandable();
            default -> null;
        });
    }
}
