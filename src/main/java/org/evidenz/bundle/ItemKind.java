package org.evidenz.bundle;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of content item: what an editor edits and versions as one piece, and what a bundle file lists. A
 * treatment includes its harms and variants, a guideline its recommendations, an article its sections. A page is
 * one of the site's pages about itself (methods, privacy notice, ...).
 */
public enum ItemKind {

    SOURCE("sources", false),
    CONDITION("conditions", true),
    TREATMENT("treatments", true),
    COVERAGE("coverage", true),
    FINDING("findings", true),
    GUIDELINE("guidelines", true),
    TERM("terms", true),
    TOPIC("topics", true),
    ARTICLE("articles", true),
    PAGE("pages", true);

    private final String plural;
    private final boolean perLanguage;

    ItemKind(String plural, boolean perLanguage) {
        this.plural = plural;
        this.perLanguage = perLanguage;
    }

    /** The name in editor URLs, e.g. {@code treatments}. */
    public String plural() {
        return plural;
    }

    /** Sources are shared by every language; everything else exists per language. */
    public boolean perLanguage() {
        return perLanguage;
    }

    public static Optional<ItemKind> fromPlural(String plural) {
        return Arrays.stream(values()).filter(k -> k.plural.equals(plural)).findFirst();
    }
}
