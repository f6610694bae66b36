package org.evidenz.editorial.authoring;

import java.util.List;
import java.util.Map;

/** What an item is called in the editor's lists: its title or name, else the start of its statement, else its id. */
public final class ItemLabel {

    private static final int LONGEST = 90;

    private ItemLabel() {
    }

    /** The label of an item given as its fields ({@code ItemFormat.map}). */
    public static String of(Map<String, Object> values) {
        for (String field : List.of("title", "name", "term", "payer")) {
            if (values.get(field) instanceof String text) {
                return text;
            }
        }
        Object statement = values.get("statement");
        return statement == null ? String.valueOf(values.get("id")) : abbreviate(statement.toString());
    }

    private static String abbreviate(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 1).strip() + "…";
    }
}
