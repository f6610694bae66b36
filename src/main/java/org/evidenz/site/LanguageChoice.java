package org.evidenz.site;

import org.evidenz.shared.Language;

/**
 * One entry of the language switch: another language, the path of this page's translation into it, or null when
 * the page has not been translated, in which case the switch offers {@code homePath} and says so.
 */
public record LanguageChoice(Language language, String translatedPath, String homePath) {

    public boolean translated() {
        return translatedPath != null;
    }

    public String href() {
        return translated() ? translatedPath : homePath;
    }

    /** The language's name in itself, as readers look for it: "Deutsch", "English". */
    public String nativeName() {
        String name = language.locale().getDisplayLanguage(language.locale());
        return name.substring(0, 1).toUpperCase(language.locale()) + name.substring(1);
    }
}
