package org.evidenz.interop.export;

import java.util.List;

import org.evidenz.shared.Language;
import org.evidenz.site.Messages;

/**
 * What the static site's {@code index.html} shows: the live site's {@code /} sends readers on by their browser's
 * language, which a file cannot do, so this page offers every published language, each in its own words.
 *
 * @param siteName the site's name
 * @param stylesheet the site's stylesheet, as the reader pages link it
 * @param logo the site's logo
 * @param choices one per published language
 * @param selfUrl this page's public address
 */
public record LanguageChooser(String siteName, String stylesheet, String logo, List<Choice> choices,
        String selfUrl) {

    /** One language: its code, its name in itself, its start page and its interface text. */
    public record Choice(Language language, String nativeName, String home, String homeUrl, Messages messages) {

        public String code() {
            return language.code();
        }
    }

    /** The language the page's own frame is in: the first one offered. */
    public String lang() {
        return choices.isEmpty() ? Language.EN.code() : choices.getFirst().code();
    }
}
