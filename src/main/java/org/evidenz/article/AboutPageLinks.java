package org.evidenz.article;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.evidenz.shared.Language;
import org.evidenz.site.AboutLink;
import org.evidenz.site.AboutLinks;
import org.evidenz.site.ContentVersion;
import org.springframework.stereotype.Component;

/**
 * The published pages about the site, as every reader page's footer lists them: the well-known ones first (by id), in
 * the order a reader looks for them, then any other by slug. Cached per {@link ContentVersion}, since every page asks.
 */
@Component
class AboutPageLinks implements AboutLinks {

    private static final List<String> FOOTER_ORDER = List.of("methods", "help", "accessibility", "privacy",
            "imprint");

    private final AboutPages pages;
    private final ContentVersion version;
    private final Map<Key, List<AboutLink>> cache = new ConcurrentHashMap<>();

    AboutPageLinks(AboutPages pages, ContentVersion version) {
        this.pages = pages;
        this.version = version;
    }

    @Override
    public List<AboutLink> published(Language language) {
        long current = version.current();
        cache.keySet().removeIf(key -> key.version() != current);
        return cache.computeIfAbsent(new Key(language, current), key -> pages.findAll(language).stream()
                .sorted(Comparator.comparing(AboutPageLinks::rank).thenComparing(AboutPage::slug))
                .map(page -> new AboutLink(page.id(), page.title(), PublishedArticles.path(page)))
                .toList());
    }

    private static int rank(AboutPage page) {
        int index = FOOTER_ORDER.indexOf(page.id());
        return index < 0 ? FOOTER_ORDER.size() : index;
    }

    private record Key(Language language, long version) {
    }
}
