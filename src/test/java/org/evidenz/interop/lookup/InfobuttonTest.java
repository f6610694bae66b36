package org.evidenz.interop.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import com.jayway.jsonpath.JsonPath;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

/**
 * A health record asks "what do you have on this diagnosis?" the way it asks MedlinePlus Connect: HL7 Infobutton,
 * URL-based. Answers are read back with ROME, a real feed parser, and the JSON form is checked against a schema of
 * MedlinePlus Connect's JSON; every link must lead to a page that is there.
 */
@ReaderSiteTest
class InfobuttonTest {

    static final String WHO = "2.16.840.1.113883.6.3";
    static final String SNOMED = "2.16.840.1.113883.6.96";
    static final String ICD_10_GM_2014 = "1.2.276.0.76.5.417";
    static final String ENGLISH_ARTICLE = "/en/low-back-pain/passive-treatments";
    static final String GERMAN_ARTICLE = "/de/rueckenschmerzen/passive-behandlungen";

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void icd10CodeFindsThePublishedArticleAsAnAtomFeed() throws Exception {
        HttpResponse<String> response = http.get(infobutton(WHO, "M54.5", "en", "text/xml"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/xml"));
        SyndFeed feed = parse(response.body());
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(languageOf(response.body())).isEqualTo("en");
        assertThat(feed.getEntries()).hasSize(1);
        SyndEntry entry = feed.getEntries().getFirst();
        assertThat(URI.create(entry.getLink()).getPath()).isEqualTo(ENGLISH_ARTICLE);
        assertThat(entry.getTitle()).isEqualTo(http.page(ENGLISH_ARTICLE).selectFirst("h1").text());
        assertThat(entry.getDescription().getValue()).startsWith("Massage, heat, manual therapy");
        assertLinksResolve(feed);
    }

    @Test
    void moreSpecificCodeFindsItsParent() throws Exception {
        for (String code : List.of("M54.50", "m54.50", "M5450", "M54.5!")) {
            SyndFeed feed = parse(http.get(infobutton(WHO, code, "en", null)).body());
            assertThat(feed.getEntries()).as(code).extracting(e -> URI.create(e.getLink()).getPath())
                    .containsExactly(ENGLISH_ARTICLE);
        }
    }

    @Test
    void lessSpecificCodeDoesNotClaimTheNarrowerCondition() throws Exception {
        assertThat(parse(http.get(infobutton(WHO, "M54", "en", null)).body()).getEntries()).isEmpty();
    }

    @Test
    void snomedCodeFindsTheGermanPageWhenGermanIsAsked() throws Exception {
        HttpResponse<String> response = http.get(infobutton(SNOMED, "279039007", "de-DE", "application/atom+xml"));

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/atom+xml"));
        SyndFeed feed = parse(response.body());
        assertThat(languageOf(response.body())).isEqualTo("de");
        assertThat(feed.getEntries()).extracting(e -> URI.create(e.getLink()).getPath())
                .containsExactly(GERMAN_ARTICLE);
        assertLinksResolve(feed);
    }

    @Test
    void jsonFormHasMedlinePlusConnectsShapeAndTheAtomFeedsEntries() throws Exception {
        HttpResponse<String> response = http.get(infobutton(WHO, "M54.5", "de", "application/json"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(JsonSchemas.problems("/interop/infobutton/medlineplus-connect-json.schema.json", response.body()))
                .isEmpty();
        SyndFeed atom = parse(http.get(infobutton(WHO, "M54.5", "de", "text/xml")).body());
        String json = response.body();
        assertThat(JsonPath.<List<String>>read(json, "$.feed.entry[*].title._value"))
                .containsExactlyElementsOf(atom.getEntries().stream().map(SyndEntry::getTitle).toList());
        assertThat(JsonPath.<List<String>>read(json, "$.feed.entry[*].link[0].href"))
                .containsExactlyElementsOf(atom.getEntries().stream().map(SyndEntry::getLink).toList());
        assertThat(JsonPath.<List<String>>read(json, "$.feed.category[?(@.scheme=='mainSearchCriteria.v.c')].term"))
                .containsExactly("M54.5");
        for (String href : JsonPath.<List<String>>read(json, "$.feed.entry[*].link[*].href")) {
            assertThat(http.get(URI.create(href).getPath()).statusCode()).as(href).isEqualTo(200);
        }
    }

    @Test
    void codeWeHaveNothingForAnswersAnEmptyFeed() throws Exception {
        for (String request : List.of(infobutton(WHO, "J45.0", "en", null), infobutton(SNOMED, "195967001", "en",
                null), infobutton(WHO, "not a code at all", "en", null))) {
            HttpResponse<String> response = http.get(request);
            assertThat(response.statusCode()).as(request).isEqualTo(200);
            assertThat(parse(response.body()).getEntries()).as(request).isEmpty();
        }
        String json = http.get(infobutton(WHO, "J45.0", "en", "application/json")).body();
        assertThat(JsonSchemas.problems("/interop/infobutton/medlineplus-connect-json.schema.json", json)).isEmpty();
        assertThat(JsonPath.<List<?>>read(json, "$.feed.entry")).isEmpty();
    }

    @Test
    void icd10GmCodeOfACatalogueYearTheConditionDoesNotListFindsNothing() throws Exception {
        // The demo condition lists M54.5 in the 2026 catalogue; a code may mean something else in another year.
        HttpResponse<String> response = http.get(infobutton(ICD_10_GM_2014, "M54.5", "en", null));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(parse(response.body()).getEntries()).isEmpty();
    }

    @Test
    void unknownCodeSystemIsRefusedSayingWhich() {
        for (String oid : List.of("1.2.3.4", "1.2.276.0.76.5.999", "2.16.840.1.113883.6.90")) {
            HttpResponse<String> response = http.get(infobutton(oid, "M54.5", "en", null));
            assertProblem(response, 400, "mainSearchCriteria.v.cs");
            assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains(oid, WHO, SNOMED);
        }
    }

    @Test
    void missingOrUnreadableParameterIsRefusedSayingWhich() {
        assertProblem(http.get("/infobutton?mainSearchCriteria.v.c=M54.5"), 400, "mainSearchCriteria.v.cs");
        assertProblem(http.get("/infobutton?mainSearchCriteria.v.cs=" + WHO), 400, "mainSearchCriteria.v.c");
        assertProblem(http.get(infobutton(WHO, " ", "en", null)), 400, "mainSearchCriteria.v.c");
        assertProblem(http.get(infobutton(WHO, "M54.5", "fr", null)), 400, "informationRecipient.languageCode.c");
        assertProblem(http.get(infobutton(WHO, "M54.5", "en", "text/html")), 400, "knowledgeResponseType");
    }

    @Test
    void browserBasedRecordsMayReadTheAnswer() {
        HttpResponse<String> response = http.get(infobutton(WHO, "M54.5", "en", null), "Origin",
                "https://ehr.example.org");

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    static String infobutton(String oid, String code, String language, String type) {
        StringBuilder query = new StringBuilder("/infobutton?mainSearchCriteria.v.cs=").append(encode(oid))
                .append("&mainSearchCriteria.v.c=").append(encode(code))
                .append("&informationRecipient.languageCode.c=").append(encode(language));
        if (type != null) {
            query.append("&knowledgeResponseType=").append(encode(type));
        }
        return query.toString();
    }

    static SyndFeed parse(String atom) throws Exception {
        return new SyndFeedInput().build(new StringReader(atom));
    }

    /** The feed's xml:lang, read with the JDK's namespace-aware XML parser. */
    private static String languageOf(String atom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(atom))).getDocumentElement();
        return root.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
    }

    private void assertLinksResolve(SyndFeed feed) {
        for (SyndEntry entry : feed.getEntries()) {
            assertThat(http.get(URI.create(entry.getLink()).getPath()).statusCode()).as(entry.getLink())
                    .isEqualTo(200);
        }
    }

    static void assertProblem(HttpResponse<String> response, int status, String mentioned) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains(mentioned);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
