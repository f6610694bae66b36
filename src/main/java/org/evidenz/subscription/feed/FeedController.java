package org.evidenz.subscription.feed;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Topic;
import org.evidenz.shared.Language;
import org.evidenz.site.Messages;
import org.evidenz.site.NotFoundException;
import org.evidenz.site.Pages;
import org.evidenz.site.PublicAddress;
import org.evidenz.site.SiteProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * Atom feeds of published articles, newest change first: {@code /{lang}/feed.atom} and
 * {@code /{lang}/{topic}/feed.atom}. Built only from {@link PublishedArticles}; public content, so cached and
 * revalidated with the reader pages' ETag.
 */
@RestController
class FeedController {

    private static final String LANG = "/{lang:" + Language.PATH_PATTERN + "}";
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PublishedArticles published;
    private final FeedTimes times;
    private final Pages pages;
    private final SiteProperties site;
    private final PublicAddress address;

    FeedController(PublishedArticles published, FeedTimes times, Pages pages, SiteProperties site,
            PublicAddress address) {
        this.address = address;
        this.published = published;
        this.times = times;
        this.pages = pages;
        this.site = site;
    }

    @GetMapping(LANG + "/feed.atom")
    ResponseEntity<String> all(@PathVariable String lang) {
        Language language = Language.of(lang);
        if (!published.published().contains(language)) {
            throw new NotFoundException("Nothing is published in " + language + " yet.");
        }
        Messages m = pages.messages(language);
        return atom(language, lang + "/feed", m.t("feed.title.all"), "/" + lang + "/feed.atom", "/" + lang + "/",
                published.topics(language));
    }

    @GetMapping(LANG + "/{topic}/feed.atom")
    ResponseEntity<String> topic(@PathVariable String lang, @PathVariable("topic") String slug) {
        Language language = Language.of(lang);
        Topic topic = published.topic(language, slug)
                .orElseThrow(() -> new NotFoundException("No published topic '" + slug + "' in " + language + "."));
        Messages m = pages.messages(language);
        return atom(language, lang + "/topic/" + topic.id() + "/feed", m.t("feed.title.topic", topic.title()), PublishedArticles.path(topic) + "/feed.atom",
                PublishedArticles.path(topic), List.of(topic));
    }

    private ResponseEntity<String> atom(Language language, String feedId, String title, String selfPath, String pagePath,
            List<Topic> topics) {
        Map<String, FeedTimes.Times> known = times.of(language);
        List<Entry> entries = new ArrayList<>();
        for (Topic topic : topics) {
            for (Article article : published.articles(language, topic)) {
                entries.add(entry(topic, article, known.get(article.id())));
            }
        }
        entries.sort(Comparator.comparing(Entry::getUpdated).reversed().thenComparing(Entry::getId));
        Feed feed = new Feed("atom_1.0");
        feed.setId(tag(feedId));
        feed.setTitle(site.name() + ": " + title);
        feed.setLanguage(language.code());
        feed.setUpdated(entries.isEmpty() ? new Date(0) : entries.getFirst().getUpdated());
        feed.setAlternateLinks(List.of(link("alternate", address.baseUrl() + pagePath, "text/html")));
        feed.setOtherLinks(List.of(link("self", address.baseUrl() + selfPath, "application/atom+xml")));
        feed.setAuthors(List.of(author()));
        feed.setEntries(entries);
        try {
            return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(feed));
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the feed " + selfPath, e);
        }
    }

    private Entry entry(Topic topic, Article article, FeedTimes.Times known) {
        Instant dayStart = article.updated().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant updated = known != null && dateOf(known.updated()).equals(article.updated()) ? known.updated()
                : dayStart;
        Instant first = known != null && !known.firstPublished().isAfter(updated) ? known.firstPublished() : updated;
        Entry entry = new Entry();
        entry.setId(tag(article.language().code() + "/article/" + article.id()));
        entry.setTitle(article.title());
        entry.setUpdated(Date.from(updated));
        entry.setPublished(Date.from(first));
        entry.setAlternateLinks(List.of(link("alternate", address.baseUrl() + PublishedArticles.path(topic, article),
                "text/html")));
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(article.summary());
        entry.setSummary(summary);
        entry.setAuthors(List.of(author()));
        return entry;
    }

    private static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private SyndPerson author() {
        Person person = new Person();
        person.setName(site.name());
        person.setUri(address.baseUrl() + "/");
        return person;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    /** A permanent id (RFC 4151 tag URI) that survives changes of slug and address. */
    private String tag(String specific) {
        String host = URI.create(address.fixedBaseUrl()).getHost();
        return "tag:" + (host == null ? "localhost" : host) + ",2026:" + specific;
    }
}
