package org.evidenz.interop.lookup;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.shared.Language;
import org.evidenz.site.Messages;
import org.evidenz.site.Pages;
import org.evidenz.site.PublicAddress;
import org.evidenz.site.SiteProperties;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.springframework.stereotype.Component;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * The knowledge response of the Infobutton look-up, as MedlinePlus Connect gives it: an Atom feed of at most three
 * entries (title, link to our reader page, summary) with the request echoed as categories, or the same feed in
 * MedlinePlus Connect's JSON form. Both are written from one ROME feed, so they cannot say different things.
 */
@Component
class InfobuttonAnswer {

    static final int MAX_ENTRIES = 3;

    private final SiteProperties site;
    private final PublicAddress address;
    private final Pages pages;

    InfobuttonAnswer(SiteProperties site, Pages pages, PublicAddress address) {
        this.address = address;
        this.site = site;
        this.pages = pages;
    }

    Feed feed(InfobuttonRequest request, List<CoveredTopics.Coverage> found) {
        Language language = request.language();
        Messages m = pages.messages(language);
        List<Entry> entries = new ArrayList<>();
        for (CoveredTopics.Coverage coverage : found) {
            for (Article article : coverage.articles()) {
                if (entries.size() < MAX_ENTRIES) {
                    entries.add(entry(article, PublishedArticles.path(coverage.topic(), article)));
                }
            }
        }
        Feed feed = new Feed("atom_1.0");
        feed.setId(tag(language.code() + "/infobutton/" + request.codeSystemOid() + "/"
                + URLEncoder.encode(request.code(), StandardCharsets.UTF_8)));
        feed.setTitle(m.t("lookup.feed.title", site.name()));
        Content subtitle = new Content();
        subtitle.setType(Content.TEXT);
        subtitle.setValue(m.t("lookup.feed.subtitle", request.system().name(), request.code()));
        feed.setSubtitle(subtitle);
        feed.setLanguage(language.code());
        feed.setXmlBase(address.baseUrl() + "/");
        feed.setUpdated(entries.stream().map(Entry::getUpdated).max(Comparator.naturalOrder()).orElse(new Date(0)));
        feed.setAuthors(List.of(author()));
        feed.setCategories(List.of(category("mainSearchCriteria.v.c", request.code()),
                category("mainSearchCriteria.v.cs", request.codeSystemOid()),
                category("informationRecipient.languageCode.c", language.code())));
        feed.setEntries(entries);
        return feed;
    }

    /** The feed as Atom XML; ROME does not write the feed's language, so {@code xml:lang} is set on the root here. */
    String atom(Feed feed) {
        try {
            Document document = new WireFeedOutput().outputJDom(feed);
            document.getRootElement().setAttribute("lang", feed.getLanguage(), Namespace.XML_NAMESPACE);
            return new XMLOutputter(Format.getPrettyFormat()).outputString(document);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the Infobutton feed " + feed.getId(), e);
        }
    }

    /**
     * MedlinePlus Connect's JSON form of the same feed: each element an object whose text is {@code _value}, its
     * attributes beside it.
     */
    Map<String, Object> json(Feed feed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("base", feed.getXmlBase());
        body.put("lang", feed.getLanguage());
        body.put("title", text(feed.getTitle(), "text"));
        body.put("subtitle", text(feed.getSubtitle().getValue(), feed.getSubtitle().getType()));
        Person author = (Person) feed.getAuthors().getFirst();
        body.put("author", Map.of("name", value(author.getName()), "uri", value(author.getUri())));
        body.put("updated", value(instant(feed.getUpdated())));
        body.put("category", feed.getCategories().stream()
                .map(c -> Map.of("scheme", c.getScheme(), "term", c.getTerm())).toList());
        body.put("id", value(feed.getId()));
        body.put("entry", feed.getEntries().stream().map(e -> entryJson(feed.getLanguage(), e)).toList());
        return Map.of("feed", body);
    }

    private static Map<String, Object> entryJson(String language, Entry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lang", language);
        json.put("title", text(entry.getTitle(), "text"));
        json.put("link", entry.getAlternateLinks().stream().map(l -> Map.of("title", entry.getTitle(),
                "rel", l.getRel(), "type", "html", "href", l.getHref())).toList());
        json.put("id", value(entry.getId()));
        json.put("updated", value(instant(entry.getUpdated())));
        json.put("summary", text(entry.getSummary().getValue(), entry.getSummary().getType()));
        return json;
    }

    private Entry entry(Article article, String path) {
        Entry entry = new Entry();
        entry.setId(tag(article.language().code() + "/article/" + article.id()));
        entry.setTitle(article.title());
        entry.setUpdated(Date.from(article.updated().atStartOfDay(ZoneOffset.UTC).toInstant()));
        Link link = new Link();
        link.setRel("alternate");
        link.setType("text/html");
        link.setHref(address.baseUrl() + path);
        entry.setAlternateLinks(List.of(link));
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(article.summary());
        entry.setSummary(summary);
        return entry;
    }

    private Person author() {
        Person person = new Person();
        person.setName(site.name());
        person.setUri(address.baseUrl() + "/");
        return person;
    }

    private static Category category(String scheme, String term) {
        Category category = new Category();
        category.setScheme(scheme);
        category.setTerm(term);
        return category;
    }

    private static Map<String, String> value(String value) {
        return Map.of("_value", value);
    }

    private static Map<String, String> text(String value, String type) {
        return Map.of("_value", value, "type", type);
    }

    private static String instant(Date date) {
        return DateTimeFormatter.ISO_INSTANT.format(date.toInstant());
    }

    /** A permanent id (RFC 4151 tag URI), as the Atom feeds of the site have. */
    private String tag(String specific) {
        String host = URI.create(address.fixedBaseUrl()).getHost();
        return "tag:" + (host == null ? "localhost" : host) + ",2026:" + specific;
    }
}
