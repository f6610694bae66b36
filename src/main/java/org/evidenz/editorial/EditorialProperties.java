package org.evidenz.editorial;

import org.evidenz.shared.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of editorial work, under {@code evidenz.*}.
 *
 * @param translations {@code evidenz.translations.*}
 */
@ConfigurationProperties("evidenz")
public record EditorialProperties(@DefaultValue Translations translations) {

    /**
     * @param originalLanguage the language items are written in first ({@code evidenz.translations.original-language});
     *        the same id in another language is its translation
     */
    public record Translations(@DefaultValue("en") String originalLanguage) {

        public Language original() {
            return Language.of(originalLanguage);
        }
    }
}
