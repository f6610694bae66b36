package org.evidenz.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.evidenz.support.ReaderSiteTest;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CapabilityStatement;
import org.hl7.fhir.r5.model.Evidence;
import org.hl7.fhir.r5.model.Group;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The FHIR server as a partner meets it over HTTP: what it says it supports, reads, searches, paging, formats and
 * errors.
 */
@ReaderSiteTest
class FhirApiTest {

    static final String MASSAGE_SHORT_TERM = "massage-chronic-pain-short-term";

    @LocalServerPort
    int port;

    private FhirHttp fhir;

    @BeforeEach
    void client() {
        fhir = new FhirHttp(port);
    }

    @Test
    void metadataListsExactlyTheResourcesAndSearchParametersWeSupport() {
        CapabilityStatement capabilities = FhirHttp.FHIR.newJsonParser()
                .parseResource(CapabilityStatement.class, fhir.json("/fhir/metadata"));

        assertThat(capabilities.getFhirVersion().toCode()).isEqualTo("5.0.0");
        assertThat(capabilities.getFormat()).extracting(f -> f.getValue()).anyMatch(f -> f.contains("json"))
                .anyMatch(f -> f.contains("xml"));
        Map<String, Set<String>> params = capabilities.getRestFirstRep().getResource().stream().collect(
                Collectors.toMap(r -> r.getType(), r -> r.getSearchParam().stream().map(p -> p.getName())
                        .collect(Collectors.toSet())));
        Set<String> canonical = Set.of("identifier", "url", "title", "_language");
        assertThat(params).isEqualTo(Map.of("Citation", canonical, "Evidence", canonical, "EvidenceVariable",
                canonical, "Composition", canonical, "CodeSystem", canonical, "ConceptMap", canonical,
                "Group", Set.of("identifier", "name", "_language"),
                "ArtifactAssessment", Set.of("identifier", "title", "_language"),
                "OperationDefinition", Set.of()));
        for (var resource : capabilities.getRestFirstRep().getResource()) {
            // HAPI serves the definition of $document as an OperationDefinition to read
            List<String> expected = resource.getType().equals("OperationDefinition") ? List.of("read")
                    : List.of("read", "search-type");
            assertThat(resource.getInteraction()).as(resource.getType()).extracting(i -> i.getCode().toCode())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(capabilities.getRestFirstRep().getResource().stream()
                .filter(r -> r.getType().equals("Composition")).findFirst().orElseThrow().getOperation())
                .extracting(o -> o.getName()).containsExactly("document");
    }

    @Test
    void anEvidenceIsReadByIdWithItsPopulationExposureOutcomeAndNoMadeUpCertainty() {
        Evidence evidence = FhirHttp.FHIR.newJsonParser().parseResource(Evidence.class,
                fhir.json("/fhir/Evidence/en-" + MASSAGE_SHORT_TERM));

        assertThat(evidence.getLanguage()).isEqualTo("en");
        assertThat(evidence.getVariableDefinition()).extracting(v -> v.getVariableRole().getCodingFirstRep()
                .getCode()).containsExactly("population", "exposure", "measuredVariable");
        assertThat(evidence.getVariableDefinition().get(0).getObserved().getReference())
                .isEqualTo("Group/en-nonspecific-low-back-pain-chronic");
        assertThat(evidence.getStatistic()).extracting(s -> s.getCategory().getCodingFirstRep().getCode())
                .containsExactly("benefit", "small");
        assertThat(evidence.getCertainty()).as("the demo's findings are not rated").isEmpty();
        assertThat(evidence.getRelatedArtifact()).extracting(a -> a.getResourceReference().getReference())
                .containsExactly("Citation/chou-2017", "Citation/skelly-2020");
    }

    @Test
    void theConditionsGroupCarriesItsIcd10GmCodeWithTheCatalogueYear() {
        Group group = FhirHttp.FHIR.newJsonParser().parseResource(Group.class,
                fhir.json("/fhir/Group/de-nonspecific-low-back-pain"));

        var icd = group.getCharacteristicFirstRep().getValueCodeableConcept().getCoding().stream()
                .filter(c -> c.getSystem().equals("http://fhir.de/CodeSystem/bfarm/icd-10-gm")).findFirst()
                .orElseThrow();
        assertThat(icd.getCode()).isEqualTo("M54.5");
        assertThat(icd.getVersion()).isEqualTo("2026");
        assertThat(group.getCharacteristicFirstRep().getValueCodeableConcept().getCoding())
                .extracting(c -> c.getSystem()).contains("http://snomed.info/sct");
    }

    @Test
    void searchesByIdentifierUrlTitleAndLanguage() {
        assertThat(ids("/fhir/Evidence?identifier=" + MASSAGE_SHORT_TERM)).as("both languages share the stable id")
                .containsExactlyInAnyOrder("en-" + MASSAGE_SHORT_TERM, "de-" + MASSAGE_SHORT_TERM);
        assertThat(ids("/fhir/Evidence?identifier=" + MASSAGE_SHORT_TERM + "&_language=de"))
                .containsExactly("de-" + MASSAGE_SHORT_TERM);
        assertThat(ids("/fhir/Evidence?identifier=http://localhost:8080/fhir/identifier/finding%7C"
                + MASSAGE_SHORT_TERM + "&_language=en")).containsExactly("en-" + MASSAGE_SHORT_TERM);
        assertThat(ids("/fhir/Citation?identifier=http://localhost:8080/fhir/identifier/other%7Cchou-2017")).isEmpty();
        assertThat(ids("/fhir/CodeSystem?url=http://localhost:8080/fhir/CodeSystem/effect-size"))
                .containsExactly("effect-size");
        assertThat(ids("/fhir/Citation?title=nonpharmacologic")).as("starts with, ignoring case")
                .containsExactly("chou-2017");
        assertThat(ids("/fhir/Composition?title:contains=low%20back&_language=en"))
                .containsExactly("en-passive-treatments");
        assertThat(ids("/fhir/Group?name=Menschen")).allMatch(id -> id.startsWith("de-"));
        assertThat(ids("/fhir/Evidence?_language=fr")).isEmpty();
    }

    @Test
    void searchResultsArePagedWithSelfAndNextLinksOnThePublicAddress() {
        Bundle first = fhir.bundle("/fhir/Evidence?_language=en&_count=5");

        assertThat(first.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(first.getEntry()).hasSize(5);
        assertThat(first.getLink("self").getUrl()).startsWith(FhirHttp.PUBLIC_BASE + "/Evidence");
        Set<String> ids = new HashSet<>();
        Bundle page = first;
        int pages = 1;
        while (true) {
            page.getEntry().forEach(e -> assertThat(ids.add(e.getResource().getIdPart())).isTrue());
            if (page.getLink("next") == null) {
                break;
            }
            page = fhir.bundle(FhirHttp.local(page.getLink("next").getUrl()));
            pages++;
        }
        assertThat(ids).hasSize(first.getTotal()).allMatch(id -> id.startsWith("en-"));
        assertThat(pages).isEqualTo((first.getTotal() + 4) / 5);
    }

    @Test
    void answersJsonOrXmlByFormatParameterOrAcceptHeader() {
        var xml = fhir.http().get("/fhir/CodeSystem/finding-direction?_format=xml");
        assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/fhir+xml"));
        assertThat(xml.body()).contains("<CodeSystem xmlns=\"http://hl7.org/fhir\">");

        var byAccept = fhir.http().get("/fhir/CodeSystem/finding-direction", "Accept", "application/fhir+xml");
        assertThat(byAccept.body()).startsWith("<CodeSystem");
        var json = fhir.http().get("/fhir/CodeSystem/finding-direction?_format=json", "Accept",
                "application/fhir+xml");
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/fhir+json"));
        assertThat(json.body()).contains("\"resourceType\":\"CodeSystem\"");
    }

    @Test
    void anUnknownIdIs404AndAnUnknownParameter400AsOperationOutcomes() {
        var missing = fhir.http().get("/fhir/Evidence/en-no-such-finding", "Accept", "application/fhir+json");
        assertThat(missing.statusCode()).isEqualTo(404);
        OperationOutcome notFound = FhirHttp.FHIR.newJsonParser().parseResource(OperationOutcome.class,
                missing.body());
        assertThat(notFound.getIssueFirstRep().getDiagnostics())
                .contains("no Evidence with the id 'en-no-such-finding'");

        var badParameter = fhir.http().get("/fhir/Evidence?colour=blue", "Accept", "application/fhir+json");
        assertThat(badParameter.statusCode()).isEqualTo(400);
        assertThat(FhirHttp.FHIR.newJsonParser().parseResource(OperationOutcome.class, badParameter.body())
                .getIssueFirstRep().getDiagnostics()).contains("colour");
        assertThat(badParameter.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
    }

    @Test
    void aWriteIsRefusedWithAnOperationOutcomeAndChangesNothing() {
        int citations = fhir.everyResource("/fhir/Citation").size();
        String citation = "{\"resourceType\": \"Citation\", \"status\": \"active\", \"title\": \"Injected\"}";

        for (var write : List.of(fhir.http().postJson("/fhir/Citation", citation, "Accept", "application/fhir+json"),
                fhir.http().post("/fhir/Citation/chou-2017", HttpRequest.BodyPublishers.noBody(),
                        "Accept", "application/fhir+json"))) {
            assertThat(write.statusCode()).as(write.uri().toString()).isIn(400, 405);
            assertThat(FhirHttp.FHIR.newJsonParser().parseResource(OperationOutcome.class, write.body())
                    .getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        }
        assertThat(fhir.everyResource("/fhir/Citation")).hasSize(citations);
        assertThat(fhir.everyResource("/fhir/Citation?title=Injected")).isEmpty();
    }

    @Test
    void theDocumentOfAnArticleStartsWithItsCompositionAndHoldsEverythingItRefersTo() {
        Bundle document = fhir.bundle("/fhir/Composition/en-passive-treatments/$document");

        assertThat(document.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        assertThat(document.getEntryFirstRep().getResource().fhirType()).isEqualTo("Composition");
        Set<String> inside = document.getEntry().stream().map(e -> e.getResource().fhirType() + "/"
                + e.getResource().getIdPart()).collect(Collectors.toSet());
        for (var entry : document.getEntry()) {
            for (String reference : FhirR5.referencesIn(entry.getResource())) {
                assertThat(inside).as(entry.getFullUrl() + " refers to " + reference).contains(reference);
            }
        }
        assertThat(inside).contains("Evidence/en-" + MASSAGE_SHORT_TERM, "Group/en-nonspecific-low-back-pain",
                "ArtifactAssessment/en-nvl-massage-heat-add-on", "Citation/nvl-2017");
    }

    private List<String> ids(String search) {
        return fhir.everyResource(search).stream()
                .map(json -> FhirHttp.FHIR.newJsonParser().parseResource(json).getIdElement().getIdPart()).toList();
    }
}
