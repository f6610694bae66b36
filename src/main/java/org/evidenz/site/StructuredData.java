package org.evidenz.site;

import java.util.Optional;

/**
 * Machine-readable markup a reader page carries in its head, such as schema.org JSON-LD. The site's layout asks
 * every contributor while it renders a page; the site knows none of them (they live in modules that depend on the
 * site, never the other way round).
 */
public interface StructuredData {

    /**
     * The JSON-LD for a page, already safe to place inside a {@code <script type="application/ld+json">} element, or
     * empty when there is nothing to say about the page.
     */
    Optional<String> jsonLd(PageSubject subject);
}
