package org.evidenz.site;

import java.util.EnumMap;
import java.util.Map;

import org.evidenz.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Starts the {@link Page} of a request: {@code pages.of(language).title(…).path(…).build()}. */
@Component
public class Pages {

    private final Map<Language, Messages> messages = new EnumMap<>(Language.class);
    private final Assets assets;
    private final SiteProperties site;
    private final PublishedLanguages languages;

    Pages(MessageSource messageSource, Assets assets, SiteProperties site, PublishedLanguages languages) {
        this.languages = languages;
        for (Language language : Language.values()) {
            messages.put(language, new Messages(messageSource, language));
        }
        this.assets = assets;
        this.site = site;
    }

    public Page.Builder of(Language language) {
        return new Page.Builder(language, messages.get(language), assets, site, languages.published());
    }

    public Messages messages(Language language) {
        return messages.get(language);
    }
}
