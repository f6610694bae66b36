package org.evidenz.editorial.translation;

/** How a translation stands against its original. */
public enum TranslationState {
    /** Translates the original as it stands. */
    CURRENT("Up to date"),
    /** The original has changed since the version this translation translates. */
    OUTDATED("Outdated"),
    /** Nobody has recorded which version of the original this translates. */
    NOT_LINKED("Not linked"),
    /** The item has not been translated into this language. */
    MISSING("Not translated");

    private final String label;

    TranslationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
