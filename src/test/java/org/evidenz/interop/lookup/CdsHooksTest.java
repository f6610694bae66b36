package org.evidenz.interop.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenz.interop.lookup.InfobuttonTest.ENGLISH_ARTICLE;
import static org.evidenz.interop.lookup.InfobuttonTest.GERMAN_ARTICLE;
import static org.evidenz.interop.lookup.InfobuttonTest.assertProblem;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

/**
 * A health record calls our CDS Hooks 2.0 {@code patient-view} service when a patient's chart opens. Requests and
 * answers are checked against JSON Schemas written from the specification's tables, and those schemas against the
 * specification's own examples first, so that a schema too lax or too strict shows.
 */
@ReaderSiteTest
class CdsHooksTest {

    static final String SERVICE = "/cds-services/patient-information";
    private static final String DISCOVERY_SCHEMA = "/interop/cds-hooks/discovery.schema.json";
    private static final String REQUEST_SCHEMA = "/interop/cds-hooks/request.schema.json";
    private static final String RESPONSE_SCHEMA = "/interop/cds-hooks/response.schema.json";

    @LocalServerPort
    int port;

    private Http http;
    private Http client;

    @BeforeEach
    void clients() {
        http = new Http(port);
        client = new Http(port);
    }

    @Test
    void schemasAcceptTheSpecificationsOwnExamples() {
        assertThat(JsonSchemas.problems(DISCOVERY_SCHEMA, JsonSchemas.resource(
                "/interop/cds-hooks/spec-discovery-example.json"))).isEmpty();
        assertThat(JsonSchemas.problems(REQUEST_SCHEMA, JsonSchemas.resource(
                "/interop/cds-hooks/spec-request-example.json"))).isEmpty();
        assertThat(JsonSchemas.problems(RESPONSE_SCHEMA, JsonSchemas.resource(
                "/interop/cds-hooks/spec-response-example.json"))).isEmpty();
        assertThat(JsonSchemas.problems(RESPONSE_SCHEMA, """
                {"cards": [{"summary": "No indicator", "source": {"label": "x"}}]}""")).as("a card needs an indicator")
                .isNotEmpty();
    }

    @Test
    void discoveryListsAPatientViewServiceThatAsksForThePatientsConditions() {
        HttpResponse<String> response = http.get("/cds-services");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonSchemas.problems(DISCOVERY_SCHEMA, response.body())).isEmpty();
        String body = response.body();
        assertThat(JsonPath.<List<String>>read(body, "$.services[*].hook")).containsExactly("patient-view");
        assertThat(JsonPath.<List<String>>read(body, "$.services[*].id")).containsExactly("patient-information");
        assertThat(JsonPath.<String>read(body, "$.services[0].prefetch.conditions"))
                .isEqualTo("Condition?patient={{context.patientId}}");
        assertThat(JsonPath.<String>read(body, "$.services[0].prefetch.patient"))
                .isEqualTo("Patient/{{context.patientId}}");
    }

    @Test
    void coveredConditionGetsAnInfoCardLinkingToThePageInThePatientsLanguage() {
        String request = request(patient("de", "en"), bundle(condition(
                coding("http://fhir.de/CodeSystem/bfarm/icd-10-gm", "M54.5", "2026"))));
        assertThat(JsonSchemas.problems(REQUEST_SCHEMA, request)).as("our test request").isEmpty();

        HttpResponse<String> response = client.postJson(SERVICE, request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JsonSchemas.problems(RESPONSE_SCHEMA, response.body())).isEmpty();
        String body = response.body();
        assertThat(JsonPath.<List<?>>read(body, "$.cards")).hasSize(1);
        assertThat(JsonPath.<String>read(body, "$.cards[0].summary")).hasSizeLessThan(140).contains("Kreuzschmerzen");
        assertThat(JsonPath.<String>read(body, "$.cards[0].indicator")).isEqualTo("info");
        assertThat(JsonPath.<String>read(body, "$.cards[0].source.label")).isEqualTo("Evidenz");
        List<String> links = JsonPath.read(body, "$.cards[0].links[*].url");
        assertThat(links).extracting(url -> URI.create(url).getPath()).containsExactly(GERMAN_ARTICLE);
        links.forEach(url -> assertThat(http.get(URI.create(url).getPath()).statusCode()).as(url).isEqualTo(200));
        assertThat(JsonPath.<List<String>>read(body, "$.cards[0].links[*].label"))
                .containsExactly(http.page(GERMAN_ARTICLE).selectFirst("h1").text());
    }

    @Test
    void withoutAPatientLanguageTheRequestsAcceptLanguageDecides() {
        String request = request(null, bundle(condition(coding("http://snomed.info/sct", "279039007", null))));

        String english = client.postJson(SERVICE, request, "Accept-Language", "en-GB,en;q=0.8").body();
        String german = client.postJson(SERVICE, request, "Accept-Language", "de-AT,de;q=0.9").body();
        String unknown = client.postJson(SERVICE, request, "Accept-Language", "fr").body();

        assertThat(JsonPath.<List<String>>read(english, "$.cards[0].links[*].url")).singleElement()
                .satisfies(url -> assertThat(URI.create(url).getPath()).isEqualTo(ENGLISH_ARTICLE));
        assertThat(JsonPath.<List<String>>read(german, "$.cards[0].links[*].url")).singleElement()
                .satisfies(url -> assertThat(URI.create(url).getPath()).isEqualTo(GERMAN_ARTICLE));
        assertThat(JsonPath.<List<String>>read(unknown, "$.cards[0].links[*].url")).as("English by default")
                .singleElement().satisfies(url -> assertThat(URI.create(url).getPath()).isEqualTo(ENGLISH_ARTICLE));
    }

    @Test
    void conditionsWeDoNotCoverAndDiagnosesThatAreNotThePatientsGetNoCard() {
        String asthma = condition(coding("http://hl7.org/fhir/sid/icd-10", "J45.0", null));
        String refuted = condition(coding("http://fhir.de/CodeSystem/bfarm/icd-10-gm", "M54.5", "2026"))
                .replace("\"code\": {", "\"verificationStatus\": {\"coding\": [{\"system\": "
                        + "\"http://terminology.hl7.org/CodeSystem/condition-ver-status\", \"code\": \"refuted\"}]},"
                        + " \"code\": {");
        String unversioned = condition(coding("http://fhir.de/CodeSystem/bfarm/icd-10-gm", "M54.5", null));
        for (String conditions : List.of(bundle(asthma, refuted, unversioned), bundle(), "null")) {
            HttpResponse<String> response = client.postJson(SERVICE, request(patient("en"), conditions));
            assertThat(response.statusCode()).as(conditions).isEqualTo(200);
            assertThat(JsonSchemas.problems(RESPONSE_SCHEMA, response.body())).isEmpty();
            assertThat(JsonPath.<List<?>>read(response.body(), "$.cards")).as(conditions).isEmpty();
        }
    }

    @Test
    void theSpecificationsExampleRequestLacksOurPrefetchAndGets412() {
        HttpResponse<String> response = client.postJson(SERVICE, JsonSchemas.resource(
                "/interop/cds-hooks/spec-request-example.json"));

        assertProblem(response, 412, "conditions");
    }

    @Test
    void malformedRequestsAreRefusedSayingWhatIsWrong() {
        assertProblem(client.postJson(SERVICE, "{\"hook\": \"patient-view\","), 400, "not valid JSON");
        assertProblem(client.postJson(SERVICE, "[]"), 400, "JSON object");
        assertProblem(client.postJson(SERVICE, ""), 400, "JSON");
        String good = request(patient("en"), bundle());
        assertProblem(client.postJson(SERVICE, good.replace("\"hookInstance\"", "\"instance\"")), 400,
                "hookInstance");
        assertProblem(client.postJson(SERVICE, good.replace("\"patient-view\"", "\"order-sign\"")), 400,
                "order-sign");
        assertProblem(client.postJson(SERVICE, good.replace("\"patientId\"", "\"patient\"")), 400, "patientId");
        assertProblem(client.postJson(SERVICE, good.replace("\"resourceType\": \"Bundle\"",
                "\"resourceType\": \"Observation\"")), 400, "Bundle");
        assertProblem(client.post(SERVICE, HttpRequest.BodyPublishers.ofString(good), "Content-Type", "text/plain"),
                415, "JSON");
        assertProblem(client.postJson("/cds-services/no-such-service", good), 404, "no-such-service");
    }

    @Test
    void otherSystemsCallWithoutCsrfTokenOrSessionAndBrowsersMayReadTheAnswer() {
        HttpResponse<String> call = client.postJson(SERVICE, request(patient("en"), bundle()), "Origin",
                "https://ehr.example.org");
        HttpResponse<String> preflight = client.options(SERVICE, "Origin", "https://ehr.example.org",
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type,authorization");

        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(call.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                value -> assertThat(value).contains("POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                value -> assertThat(value.toLowerCase()).contains("content-type", "authorization"));
        assertThat(http.get("/cds-services").headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aRequestLargerThanTheLimitIsRefusedUnread() {
        String padding = "x".repeat(1024 * 1024);
        String request = request(patient("en"), bundle()).replace("\"hook\":", "\"padding\": \"" + padding
                + "\", \"hook\":");

        assertProblem(client.postJson(SERVICE, request), 413, "larger");
        assertProblem(client.post(SERVICE, HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(request.getBytes())), "Content-Type", "application/json"), 413,
                "larger");
    }

    static String request(String patient, String conditions) {
        return """
                {
                  "hook": "patient-view",
                  "hookInstance": "6f3c9a1e-4b9d-4d8e-9a61-3f2b5c7d8e90",
                  "context": {"userId": "Practitioner/example", "patientId": "1288992"},
                  "prefetch": {%s"conditions": %s}
                }""".formatted(patient == null ? "" : "\"patient\": " + patient + ", ", conditions);
    }

    /** A FHIR Patient who speaks these languages, the first one preferred. */
    static String patient(String... languages) {
        StringBuilder communication = new StringBuilder();
        for (int i = 0; i < languages.length; i++) {
            communication.append(i == 0 ? "" : ", ").append("""
                    {"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "%s"}]}, "preferred": %s}"""
                    .formatted(languages[i], i == 0));
        }
        return """
                {"resourceType": "Patient", "id": "1288992", "communication": [%s]}""".formatted(communication);
    }

    static String bundle(String... conditions) {
        StringBuilder entries = new StringBuilder();
        for (String condition : conditions) {
            entries.append(entries.isEmpty() ? "" : ", ").append("{\"resource\": ").append(condition).append('}');
        }
        return entries.isEmpty() ? "{\"resourceType\": \"Bundle\", \"type\": \"searchset\"}" : """
                {"resourceType": "Bundle", "type": "searchset", "entry": [%s]}""".formatted(entries);
    }

    static String condition(String coding) {
        return """
                {"resourceType": "Condition", "subject": {"reference": "Patient/1288992"},
                 "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                   "code": "active"}]},
                 "code": {"coding": [%s]}}""".formatted(coding);
    }

    static String coding(String system, String code, String version) {
        return version == null ? "{\"system\": \"%s\", \"code\": \"%s\"}".formatted(system, code)
                : "{\"system\": \"%s\", \"version\": \"%s\", \"code\": \"%s\"}".formatted(system, version, code);
    }
}
