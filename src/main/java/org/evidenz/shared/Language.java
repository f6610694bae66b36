package org.evidenz.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language Evidenz publishes in. Every piece of reader-facing content belongs to exactly one language; the
 * same stable id in two languages links an original and its translation.
 */
public enum Language {

    EN("en", Locale.ENGLISH),
    DE("de", Locale.GERMAN);

    /** Matches the language segment of a reader URL, e.g. {@code /en/…}; for request mappings. */
    public static final String PATH_PATTERN = "en|de";

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code.strip())).findFirst();
    }

    /** For path variables that the {@link #PATH_PATTERN} already restricted to known codes. */
    public static Language of(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown language: " + code));
    }

    @Override
    public String toString() {
        return code;
    }
}
