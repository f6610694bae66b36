package org.evidenz.interop.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenz.interop.schemaorg.SchemaOrgVocabulary.SCHEMA;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.ReaderSiteTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every reader page, in both languages, describes itself in schema.org JSON-LD that a JSON-LD processor (Titanium)
 * accepts, in terms the schema.org vocabulary defines and applies to the types used, and that says what the page
 * shows: its title, its trail, what it is about.
 */
@ReaderSiteTest
class JsonLdOnReaderPagesTest {

    /** Pages with a script: every reader page that is not an error page. */
    static final List<String> DESCRIBED = ReaderPages.ALL.stream().filter(p -> !ReaderPages.NOT_FOUND.contains(p))
            .toList();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static SchemaOrgVocabulary vocabulary;

    @LocalServerPort
    int port;

    @BeforeAll
    static void vocabulary() {
        vocabulary = SchemaOrgVocabulary.load();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("DESCRIBED")
    void markupIsJsonLdInSchemaOrgTermsThatApplyToTheirTypes(String path) throws Exception {
        List<String> problems = new ArrayList<>();
        for (JsonValue node : expand(jsonLd(page(path)))) {
            check(node, problems);
        }
        assertThat(problems).as("schema.org problems on %s", path).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("DESCRIBED")
    void pageNodeNamesTheTitleAddressAndLanguageAndTheTrailIsTheOneShown(String path) {
        Document page = page(path);
        JsonNode graph = JSON.readTree(jsonLd(page)).get("@graph");
        JsonNode webPage = graph.get(0);

        assertThat(webPage.get("@type").asString()).endsWith("Page");
        assertThat(webPage.get("inLanguage").asString()).isEqualTo(page.select("html").attr("lang"));
        assertThat(webPage.get("name").asString()).isEqualTo(page.title().replace(" | Evidenz", ""));
        String canonical = page.select("link[rel=canonical]").attr("href");
        if (!canonical.isEmpty()) {
            assertThat(webPage.get("url").asString()).isEqualTo(canonical);
        }
        List<String> shownTrail = page.select("nav.breadcrumbs li").eachText();
        List<String> markedTrail = new ArrayList<>();
        byType(graph, "BreadcrumbList").forEach(list -> list.get("itemListElement")
                .forEach(item -> markedTrail.add(item.get("name").asString())));
        assertThat(markedTrail).isEqualTo(shownTrail);
        assertThat(byType(graph, "Organization").map(o -> o.get("name").asString())).containsExactly("Evidenz");
    }

    @Test
    void errorPagesCarryNoMarkup() {
        for (String path : ReaderPages.NOT_FOUND) {
            assertThat(new Http(port).get(path).body()).doesNotContain("application/ld+json");
        }
    }

    @Test
    void articleIsAMedicalWebPageAboutItsConditionWithItsTreatmentsAndSourcesAndReview() {
        for (String path : List.of(ReaderPages.ARTICLE, ReaderPages.GERMAN_ARTICLE)) {
            Document page = page(path);
            JsonNode graph = JSON.readTree(jsonLd(page)).get("@graph");
            JsonNode webPage = graph.get(0);

            assertThat(webPage.get("@type").asString()).isEqualTo("MedicalWebPage");
            assertThat(webPage.get("name").asString()).isEqualTo(page.select("h1").text());
            assertThat(webPage.get("description").asString()).isEqualTo(page.select(".article-header .lead").text());
            String updated = page.select(".review-dates time").first().attr("datetime");
            assertThat(webPage.get("dateModified").asString()).isEqualTo(updated);
            assertThat(webPage.get("lastReviewed").asString()).isGreaterThanOrEqualTo(updated);
            assertThat(webPage.get("reviewedBy").get("@id").asString()).endsWith("/#publisher");
            assertThat(webPage.get("audience").get("audienceType").asString()).isEqualTo("Patient");

            JsonNode condition = resolve(graph, webPage.get("about"));
            assertThat(condition.get("@type").asString()).isEqualTo("MedicalCondition");
            assertThat(condition.get("code").valueStream().map(c -> c.get("codingSystem").asString()))
                    .contains("ICD-10-GM", "SNOMED CT");
            assertThat(condition.get("code").valueStream().map(c -> c.get("codeValue").asString()))
                    .contains("M54.5");

            List<String> shownTreatments = page.select(".toc-treatments a").eachText();
            List<String> mentioned = webPage.get("mentions").valueStream()
                    .map(ref -> resolve(graph, ref).get("name").asString()).toList();
            assertThat(mentioned).containsAll(shownTreatments);
            mentioned.forEach(name -> assertThat(page.select("main").text()).contains(name));

            List<Element> shownSources = page.select("#sources li");
            List<String> cited = webPage.get("citation").valueStream().map(c -> c.get("name").asString()).toList();
            assertThat(cited).hasSize(shownSources.size());
            for (int i = 0; i < cited.size(); i++) {
                assertThat(shownSources.get(i).text()).contains(cited.get(i));
            }
        }
    }

    @Test
    void articleNamesThePictureItShowsWithItsCaptionCreditAndLicence() {
        for (String path : List.of(ReaderPages.ARTICLE, ReaderPages.GERMAN_ARTICLE)) {
            Document page = page(path);
            JsonNode image = JSON.readTree(jsonLd(page)).get("@graph").get(0).get("image").get(0);
            Element img = page.selectFirst("figure.picture img");

            assertThat(image.get("@type").asString()).isEqualTo("ImageObject");
            assertThat(image.get("contentUrl").asString()).endsWith(img.attr("src"));
            assertThat(image.get("width").asInt()).isEqualTo(Integer.parseInt(img.attr("width")));
            assertThat(image.get("description").asString()).isEqualTo(img.attr("alt"));
            assertThat(page.selectFirst("figure.picture figcaption").text())
                    .startsWith(image.get("caption").asString());
            assertThat(image.get("creditText").asString()).isEqualTo("Evidenz");
            assertThat(image.get("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        }
    }

    @Test
    void topicPageIsAboutTheConditionItShows() {
        Document page = page("/en/low-back-pain");
        JsonNode graph = JSON.readTree(jsonLd(page)).get("@graph");
        JsonNode condition = resolve(graph, graph.get(0).get("about"));

        assertThat(graph.get(0).get("name").asString()).isEqualTo(page.select("h1").text());
        assertThat(condition.get("name").asString()).isEqualTo(page.select("#condition-heading").text());
        condition.get("code").forEach(code -> assertThat(page.select(".condition-box").text())
                .contains(code.get("codeValue").asString()));
    }

    @Test
    void treatmentPageIsAboutItsTherapy() {
        for (String path : List.of("/en/treatments/manual-therapy", "/de/treatments/manuelle-therapie")) {
            Document page = page(path);
            JsonNode graph = JSON.readTree(jsonLd(page)).get("@graph");
            JsonNode therapy = resolve(graph, graph.get(0).get("about"));

            assertThat(therapy.get("@type").asString()).isEqualTo("MedicalTherapy");
            assertThat(therapy.get("name").asString()).isEqualTo(page.select("h1").text());
            assertThat(therapy.get("url").asString()).isEqualTo(page.select("link[rel=canonical]").attr("href"));
        }
    }

    @Test
    void glossaryIsADefinedTermSetOfTheTermsItLists() {
        for (String path : List.of("/en/glossary", "/de/glossary")) {
            Document page = page(path);
            JsonNode graph = JSON.readTree(jsonLd(page)).get("@graph");
            JsonNode set = byType(graph, "DefinedTermSet").findFirst().orElseThrow();

            assertThat(set.get("hasDefinedTerm").valueStream().map(t -> t.get("name").asString()).toList())
                    .isEqualTo(page.select(".glossary-list dt").eachText());
        }
        Document term = page("/en/glossary/infection");
        JsonNode graph = JSON.readTree(jsonLd(term)).get("@graph");
        JsonNode defined = resolve(graph, graph.get(0).get("mainEntity"));
        assertThat(defined.get("@type").asString()).isEqualTo("DefinedTerm");
        assertThat(defined.get("name").asString()).isEqualTo(term.select("h1").text());
        assertThat(defined.get("description").asString()).isEqualTo(term.select(".definition").text());
    }

    @Test
    void sourcePageIsAboutTheWorkItDescribes() {
        Document page = page("/en/sources/mu-2020");
        JsonNode graph = JSON.readTree(jsonLd(page)).get("@graph");
        JsonNode work = resolve(graph, graph.get(0).get("about"));

        assertThat(work.get("name").asString()).isEqualTo(page.select("h1").text());
        assertThat(work.get("datePublished").asString()).isEqualTo(page.select(".details dd").stream()
                .filter(dd -> dd.text().matches("\\d{4}")).findFirst().orElseThrow().text());
    }

    private Document page(String path) {
        return new Http(port).page(path);
    }

    private static String jsonLd(Document page) {
        List<Element> scripts = page.select("head script[type=application/ld+json]");
        assertThat(scripts).as("JSON-LD blocks on %s", page.location()).hasSize(1);
        return scripts.getFirst().data();
    }

    /** Expanded by Titanium, with schema.org's context answered from the test resources: no network. */
    private static JsonArray expand(String json) throws JsonLdError {
        DocumentLoader offline = (url, options) -> {
            if (!url.getHost().equals("schema.org")) {
                throw new AssertionError("JSON-LD names a context we do not expect: " + url);
            }
            try (InputStream in = JsonLdOnReaderPagesTest.class
                    .getResourceAsStream("/vocab/schema.org/context.jsonld")) {
                JsonDocument context = JsonDocument.of(in);
                context.setDocumentUrl(url);
                return context;
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        };
        return JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(offline)
                .base(URI.create("http://localhost/")).get();
    }

    /** Every type must exist, every property must exist and apply to one of its node's types; nested nodes too. */
    private static void check(JsonValue value, List<String> problems) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> check(v, problems));
            return;
        }
        if (!(value instanceof JsonObject node) || node.containsKey("@value")) {
            return;
        }
        List<String> types = node.containsKey("@type") ? node.getJsonArray("@type").getValuesAs(
                jakarta.json.JsonString::getString) : List.of();
        types.stream().filter(t -> !vocabulary.isType(t)).forEach(t -> problems.add("unknown type " + t));
        for (Map.Entry<String, JsonValue> property : node.entrySet()) {
            String iri = property.getKey();
            if (iri.startsWith("@")) {
                continue;
            }
            if (!iri.startsWith(SCHEMA) || !vocabulary.isProperty(iri)) {
                problems.add("unknown property " + iri);
            } else if (!types.isEmpty() && types.stream().noneMatch(t -> vocabulary.applies(iri, t))) {
                problems.add(iri + " does not apply to " + types);
            }
            check(property.getValue(), problems);
        }
    }

    private static Stream<JsonNode> byType(JsonNode graph, String type) {
        return graph.valueStream().filter(n -> n.get("@type").asString().equals(type));
    }

    private static JsonNode resolve(JsonNode graph, JsonNode reference) {
        String id = reference.get("@id").asString();
        return graph.valueStream().filter(n -> n.has("@id") && n.get("@id").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id + " in the graph"));
    }
}
