package org.evidenz.site;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.evidenz.shared.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Starts the {@link Page} of a request: {@code pages.of(language).title(…).path(…).build()}. */
@Component
public class Pages {

    private final Map<Language, Messages> messages = new EnumMap<>(Language.class);
    private final Assets assets;
    private final SiteProperties site;
    private final PublishedLanguages languages;
    private final StructuredData structuredData;
    private final AboutLinks aboutLinks;
    private final PublicAddress address;

    Pages(MessageSource messageSource, Assets assets, SiteProperties site, PublishedLanguages languages,
            ObjectProvider<StructuredData> contributors, ObjectProvider<AboutLinks> about, PublicAddress address) {
        this.address = address;
        this.languages = languages;
        // Asked lazily: contributors read content through modules that themselves start pages with this class.
        this.structuredData = subject -> contributors.orderedStream().map(c -> c.jsonLd(subject))
                .flatMap(Optional::stream).findFirst();
        // Lazily too, and none when no module keeps such pages (as in tests of the site alone), or while the
        // database cannot be reached: the outage page must still be written, and a footer without them links nowhere
        // wrong.
        this.aboutLinks = language -> {
            try {
                return about.orderedStream().findFirst().map(a -> a.published(language)).orElse(List.of());
            } catch (RuntimeException e) {
                if (DatabaseOutage.isCause(e)) {
                    return List.of();
                }
                throw e;
            }
        };
        for (Language language : Language.values()) {
            messages.put(language, new Messages(messageSource, language));
        }
        this.assets = assets;
        this.site = site;
    }

    public Page.Builder of(Language language) {
        return new Page.Builder(language, messages.get(language), assets, site, languages.published(),
                address.baseUrl())
                .structuredData(structuredData)
                .aboutLinks(aboutLinks);
    }

    /**
     * A page whose frame asks nothing of the database, for the answer given while it cannot be reached: no language
     * switch (which languages are published is content) and no structured data.
     */
    Page.Builder withoutDatabase(Language language) {
        return new Page.Builder(language, messages.get(language), assets, site, Set.of(), address.baseUrl())
                .structuredData(subject -> Optional.empty());
    }

    /**
     * The front page of a section every language has at {@code /<lang>/<section>}, such as the glossary: titled
     * and described by the messages {@code <section>.title} and {@code <section>.description}, its trail the start
     * page and itself.
     */
    public Page.Builder section(Language language, String section) {
        String title = messages(language).t(section + ".title");
        return of(language)
                .title(title)
                .description(messages(language).t(section + ".description"))
                .path("/" + language.code() + "/" + section)
                .sameInEveryLanguage()
                .crumbHome()
                .crumb(title, null);
    }

    /** A page in such a section, titled {@code title}: its trail leads through the section's front page. */
    public Page.Builder inSection(Language language, String section, String title) {
        return of(language)
                .title(title)
                .crumbHome()
                .crumb(messages(language).t(section + ".title"), "/" + language.code() + "/" + section)
                .crumb(title, null);
    }

    public Messages messages(Language language) {
        return messages.get(language);
    }
}
