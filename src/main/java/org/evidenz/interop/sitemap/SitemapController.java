package org.evidenz.interop.sitemap;

import java.io.StringWriter;
import java.util.concurrent.TimeUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.evidenz.site.PublicAddress;
import org.evidenz.site.SiteProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9, with {@code xhtml:link} language versions as search engines read them) and
 * {@code /robots.txt}, which names it.
 */
@RestController
class SitemapController {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    /** What robots.txt has always asked: the API is for partners, not for search results. */
    private static final String ROBOTS_RULES = """
            User-agent: *
            Allow: /
            Disallow: /api/
            """;

    private final SitemapUrls urls;
    private final SiteProperties site;
    private final PublicAddress address;

    SitemapController(SitemapUrls urls, SiteProperties site, PublicAddress address) {
        this.address = address;
        this.urls = urls;
        this.site = site;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP_NS);
        xml.writeNamespace("xhtml", XHTML_NS);
        for (SitemapUrls.Page page : urls.pages()) {
            for (SitemapUrls.Version version : page.versions()) {
                writeUrl(xml, page, version);
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().cacheControl(cache()).contentType(MediaType.APPLICATION_XML).body(out.toString());
    }

    /** One address; its language versions as the page's own {@code hreflang} links name them. */
    private void writeUrl(XMLStreamWriter xml, SitemapUrls.Page page, SitemapUrls.Version version)
            throws XMLStreamException {
        xml.writeStartElement(SITEMAP_NS, "url");
        element(xml, "loc", address.baseUrl() + version.path());
        if (version.lastModified() != null) {
            element(xml, "lastmod", version.lastModified().toString());
        }
        if (page.versions().size() > 1) {
            for (SitemapUrls.Version other : page.versions()) {
                alternate(xml, other.language().code(), address.baseUrl() + other.path());
            }
            // The reader's choice of language, as every page names it.
            alternate(xml, "x-default", address.baseUrl() + "/");
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(SITEMAP_NS, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void alternate(XMLStreamWriter xml, String hreflang, String href) throws XMLStreamException {
        xml.writeEmptyElement(XHTML_NS, "link");
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", href);
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        return ResponseEntity.ok().cacheControl(cache()).contentType(MediaType.TEXT_PLAIN)
                .body(ROBOTS_RULES + "\nSitemap: " + address.baseUrl() + "/sitemap.xml\n");
    }

    private CacheControl cache() {
        return CacheControl.maxAge(site.pageCacheSeconds(), TimeUnit.SECONDS).cachePublic();
    }
}
