package org.evidenz.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
    private final boolean indexable;
    private final Messages messages;
    private final Assets assets;
    private final SiteProperties site;
    private final String topicFeed;

    private Page(Builder builder) {
        this.language = builder.language;
        this.title = builder.title;
        this.description = builder.description;
        this.path = builder.path;
        this.breadcrumbs = List.copyOf(builder.breadcrumbs);
        this.alternates = List.copyOf(builder.alternates);
        this.indexable = builder.indexable;
        this.messages = builder.messages;
        this.assets = builder.assets;
        this.site = builder.site;
        this.topicFeed = builder.topicFeed;
    }

    /** The Atom feed of new and updated pages in the page's language. */
    public String feedUrl() {
        return site.baseUrl() + "/" + language.code() + "/feed.atom";
    }

    /** The Atom feed of the page's topic, or null on pages that belong to no topic. */
    public String topicFeedUrl() {
        return topicFeed == null ? null : site.baseUrl() + topicFeed;
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
        return site.baseUrl() + path;
    }

    public String absoluteUrl(String somePath) {
        return site.baseUrl() + somePath;
    }

    public List<Crumb> breadcrumbs() {
        return breadcrumbs;
    }

    public List<Alternate> alternates() {
        return alternates;
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

    public static final class Builder {

        private final Language language;
        private final Messages messages;
        private final Assets assets;
        private final SiteProperties site;
        private String title;
        private String description = "";
        private String path;
        private boolean indexable = true;
        private String topicFeed;
        private final List<Crumb> breadcrumbs = new ArrayList<>();
        private final List<Alternate> alternates = new ArrayList<>();

        Builder(Language language, Messages messages, Assets assets, SiteProperties site) {
            this.language = language;
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

        public Builder alternate(Language other, String otherPath) {
            alternates.add(new Alternate(other, otherPath));
            return this;
        }

        /** The path of the Atom feed of the page's topic, e.g. {@code /en/low-back-pain/feed.atom}. */
        public Builder topicFeed(String feedPath) {
            this.topicFeed = feedPath;
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
