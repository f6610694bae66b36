package org.evidenz.site;

import java.util.List;

import org.evidenz.shared.Language;

/**
 * What a reader page is about, as {@link StructuredData} contributors need it: the kind of page, the stable id of
 * its subject, and what the page shows in its frame (title, description, canonical address, breadcrumb trail).
 *
 * @param id the stable id of the page's subject (an article's, a treatment's, a term's, a source's), or null on
 *     pages about no single item
 * @param url the page's canonical address, absolute
 * @param trail the breadcrumb trail as the page shows it, with absolute addresses; the last step is this page
 * @param siteName the site's name, which is also the publisher's
 * @param siteUrl the site's public address, without a trailing slash
 */
public record PageSubject(Kind kind, String id, Language language, String name, String description, String url,
        List<Crumb> trail, boolean indexable, String siteName, String siteUrl) {

    public PageSubject {
        trail = List.copyOf(trail);
    }

    /** The kinds of reader page that say more about their subject than their frame does. */
    public enum Kind {
        HOME, TOPIC, ARTICLE, TREATMENTS, TREATMENT, GLOSSARY, GLOSSARY_TERM, SOURCES, SOURCE,
        /** A page about the site itself, such as its methods or privacy notice. */
        ABOUT,
        /** Any other page: its frame (title, trail) is all that is known about it. */
        OTHER
    }
}
