package org.evidenz.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.evidenz.shared.Language;

/**
 * What the page layout needs besides the page's own content: language, title, description, canonical path,
 * breadcrumbs, alternates and access to interface text and assets. Every reader template takes one.
 */
public final class Page {

    private final Language language;
    private final String title;
    private final String description;
    private final String path;
    private final List<Crumb> breadcrumbs;
    private final List<Alternate> alternates;
    private final List<LanguageChoice> languageChoices;
    private final boolean indexable;
    private final Messages messages;
    private final Assets assets;
    private final SiteProperties site;
    private final String baseUrl;
    private final String topicFeed;
    private final PageSubject.Kind kind;
    private final String subjectId;
    private final StructuredData structuredData;
    private final AboutLinks aboutLinks;
    private Optional<String> jsonLd;
    private List<AboutLink> about;

    private Page(Builder builder) {
        this.language = builder.language;
        this.title = builder.title;
        this.description = builder.description;
        this.path = builder.path;
        this.breadcrumbs = List.copyOf(builder.breadcrumbs);
        this.alternates = List.copyOf(builder.alternates());
        this.languageChoices = builder.languageChoices(alternates);
        this.indexable = builder.indexable;
        this.messages = builder.messages;
        this.assets = builder.assets;
        this.site = builder.site;
        this.baseUrl = builder.baseUrl;
        this.topicFeed = builder.topicFeed;
        this.kind = builder.kind;
        this.subjectId = builder.subjectId;
        this.structuredData = builder.structuredData;
        this.aboutLinks = builder.aboutLinks;
    }

    /** The Atom feed of new and updated pages in the page's language. */
    public String feedUrl() {
        return baseUrl + "/" + language.code() + "/feed.atom";
    }

    /** The Atom feed of the page's topic, or null on pages that belong to no topic. */
    public String topicFeedUrl() {
        return topicFeed == null ? null : baseUrl + topicFeed;
    }

    public Language language() {
        return language;
    }

    public String lang() {
        return language.code();
    }

    public String title() {
        return title;
    }

    /** The document title: the page's title and the site's name. */
    public String documentTitle() {
        return title.equals(site.name()) ? title : title + " | " + site.name();
    }

    public String description() {
        return description;
    }

    public String path() {
        return path;
    }

    public String canonicalUrl() {
        return baseUrl + path;
    }

    public String absoluteUrl(String somePath) {
        return baseUrl + somePath;
    }

    public List<Crumb> breadcrumbs() {
        return breadcrumbs;
    }

    /** This page in every language it exists in, this one included: for {@code hreflang} links. */
    public List<Alternate> alternates() {
        return alternates;
    }

    /** The language switch: every other language we publish in, with this page's translation or without one. */
    public List<LanguageChoice> languageChoices() {
        return languageChoices;
    }

    /** The reader's choice of language, {@code x-default} in {@code hreflang} terms. */
    public String languageChooserUrl() {
        return baseUrl + "/";
    }

    /** False for pages search engines should not list, such as error pages. */
    public boolean indexable() {
        return indexable;
    }

    public String siteName() {
        return site.name();
    }

    /** The reader's start page in this language. */
    public String home() {
        return "/" + language.code() + "/";
    }

    public String t(String key, Object... args) {
        return messages.t(key, args);
    }

    public String date(LocalDate date) {
        return messages.date(date);
    }

    /** A language's name in the page's language, e.g. "German" for {@code de} on an English page. */
    public String languageName(String code) {
        return java.util.Locale.forLanguageTag(code).getDisplayLanguage(language.locale());
    }

    public Messages messages() {
        return messages;
    }

    /** The cache-busting URL of a static asset, e.g. {@code /assets/css/evidenz.css}. */
    public String asset(String assetPath) {
        return assets.url(assetPath);
    }

    /** What this page is about, for structured data: its kind, its subject's id and what its frame shows. */
    public PageSubject subject() {
        List<Crumb> trail = breadcrumbs.stream()
                .map(c -> new Crumb(c.label(), baseUrl + (c.href() == null ? path : c.href()))).toList();
        return new PageSubject(kind, subjectId, language, title, description, canonicalUrl(), trail, indexable,
                site.name(), baseUrl);
    }

    /**
     * The page's JSON-LD (already safe inside a script element), or null when no contributor has any; asked once per
     * page, when the layout renders its head.
     */
    public String structuredData() {
        if (jsonLd == null) {
            jsonLd = structuredData.jsonLd(subject());
        }
        return jsonLd.orElse(null);
    }

    /** The published pages about the site, for the footer; asked once per page. */
    public List<AboutLink> aboutLinks() {
        if (about == null) {
            about = aboutLinks.published(language);
        }
        return about;
    }

    /**
     * The address of the published page about the site with this id (such as {@code privacy}), or null when it is
     * not published in the page's language: a template links it only then, so that no link leads nowhere.
     */
    public String aboutHref(String id) {
        return aboutLinks().stream().filter(link -> link.id().equals(id)).map(AboutLink::href).findFirst()
                .orElse(null);
    }

    public static final class Builder {

        private final Language language;
        private final Messages messages;
        private final Assets assets;
        private final SiteProperties site;
        private final String baseUrl;
        private String title;
        private String description = "";
        private String path;
        private boolean indexable = true;
        private String topicFeed;
        private final List<Crumb> breadcrumbs = new ArrayList<>();
        private final Set<Language> published;
        private Function<Language, Optional<String>> translations = other -> Optional.empty();
        private PageSubject.Kind kind = PageSubject.Kind.OTHER;
        private String subjectId;
        private StructuredData structuredData = subject -> Optional.empty();
        private AboutLinks aboutLinks = language -> List.of();

        Builder(Language language, Messages messages, Assets assets, SiteProperties site, Set<Language> published,
                String baseUrl) {
            this.baseUrl = baseUrl;
            this.language = language;
            this.published = published;
            this.messages = messages;
            this.assets = assets;
            this.site = site;
            this.title = site.name();
            this.path = "/" + language.code() + "/";
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value == null ? "" : value;
            return this;
        }

        public Builder path(String value) {
            this.path = value;
            return this;
        }

        /** The first step of every trail: the start page with its list of topics. */
        public Builder crumbHome() {
            return crumb(messages.t("nav.topics"), "/" + language.code() + "/");
        }

        public Builder crumb(String label, String href) {
            breadcrumbs.add(new Crumb(label, href));
            return this;
        }

        /**
         * Where this page is in other languages: {@code pathIn} answers the path of the same page in a language,
         * or empty when it has not been translated into that language. Asked only for languages we publish in.
         */
        public Builder translations(Function<Language, Optional<String>> pathIn) {
            this.translations = pathIn;
            return this;
        }

        /** For pages every language has at the same address after its language segment, such as the glossary. */
        public Builder sameInEveryLanguage() {
            return translations(other -> Optional.of("/" + other.code()
                    + path.substring(language.code().length() + 1)));
        }

        private List<Alternate> alternates() {
            List<Alternate> alternates = new ArrayList<>();
            for (Language other : Language.values()) {
                if (other == language) {
                    alternates.add(new Alternate(language, path));
                } else if (published.contains(other)) {
                    translations.apply(other).ifPresent(p -> alternates.add(new Alternate(other, p)));
                }
            }
            return alternates.size() > 1 ? alternates : List.of();
        }

        private List<LanguageChoice> languageChoices(List<Alternate> alternates) {
            List<LanguageChoice> choices = new ArrayList<>();
            for (Language other : Language.values()) {
                if (other != language && published.contains(other)) {
                    String translated = alternates.stream().filter(a -> a.language() == other).map(Alternate::path)
                            .findFirst().orElse(null);
                    choices.add(new LanguageChoice(other, translated, "/" + other.code() + "/"));
                }
            }
            return choices;
        }

        /** The path of the Atom feed of the page's topic, e.g. {@code /en/low-back-pain/feed.atom}. */
        public Builder topicFeed(String feedPath) {
            this.topicFeed = feedPath;
            return this;
        }

        /** What the page is about, for structured data such as schema.org markup; {@code id} may be null. */
        public Builder about(PageSubject.Kind pageKind, String id) {
            this.kind = pageKind;
            this.subjectId = id;
            return this;
        }

        Builder structuredData(StructuredData contributor) {
            this.structuredData = contributor;
            return this;
        }

        Builder aboutLinks(AboutLinks links) {
            this.aboutLinks = links;
            return this;
        }

        public Builder notIndexable() {
            this.indexable = false;
            return this;
        }

        public Page build() {
            return new Page(this);
        }
    }
}
