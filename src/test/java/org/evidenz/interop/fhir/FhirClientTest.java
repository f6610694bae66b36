package org.evidenz.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.evidenz.support.ReaderSiteTest;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CapabilityStatement;
import org.hl7.fhir.r5.model.Citation;
import org.hl7.fhir.r5.model.Composition;
import org.hl7.fhir.r5.model.Evidence;
import org.hl7.fhir.r5.model.IdType;
import org.hl7.fhir.r5.model.Parameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.StringClientParam;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;

/** HAPI's own generic client, as a partner's system would use it, reads, searches and pages through our server. */
@ReaderSiteTest
class FhirClientTest {

    @LocalServerPort
    int port;

    private IGenericClient client;

    @BeforeEach
    void client() {
        client = FhirHttp.FHIR.newRestfulGenericClient("http://localhost:" + port + "/fhir");
    }

    @Test
    void theClientReadsOurCapabilitiesAndResources() {
        CapabilityStatement capabilities = client.capabilities().ofType(CapabilityStatement.class).execute();
        assertThat(capabilities.getFhirVersion().toCode()).isEqualTo("5.0.0");

        Citation citation = client.read().resource(Citation.class).withId("chou-2017").execute();
        assertThat(citation.getCitedArtifact().getIdentifier()).extracting(i -> i.getSystem() + "|" + i.getValue())
                .contains(CitationResources.DOI + "|10.7326/M16-2459");
        assertThat(citation.getCitedArtifact().getContributorship().getComplete()).as("et al.").isFalse();
        assertThat(citation.getSummaryFirstRep().getText()).startsWith("Chou R, Deyo R, Friedly J, et al.");

        assertThatThrownBy(() -> client.read().resource(Evidence.class).withId("en-nothing").execute())
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void theClientSearchesAndPagesThroughEveryEvidenceInGerman() {
        Bundle page = client.search().forResource(Evidence.class)
                .where(new TokenClientParam("_language").exactly().code("de")).count(10)
                .returnBundle(Bundle.class).execute();
        List<String> ids = new ArrayList<>();
        while (true) {
            page.getEntry().forEach(e -> ids.add(e.getResource().getIdPart()));
            if (page.getLink("next") == null) {
                break;
            }
            // Links carry the configured public address; on this test's random port the path is what counts.
            page = client.loadPage().byUrl("http://localhost:" + port + FhirHttp.local(page.getLink("next")
                    .getUrl())).andReturnBundle(Bundle.class).execute();
        }
        assertThat(ids).hasSize(page.getTotal()).doesNotHaveDuplicates().allMatch(id -> id.startsWith("de-"));

        Bundle byTitle = client.search().forResource(Composition.class)
                .where(new StringClientParam("title").contains().value("Kreuzschmerzen"))
                .returnBundle(Bundle.class).execute();
        assertThat(byTitle.getEntry()).extracting(e -> e.getResource().getIdPart())
                .containsExactly("de-passive-treatments");
    }

    @Test
    void theClientFetchesAnArticleAsADocument() {
        Bundle document = client.operation().onInstance(new IdType("Composition", "de-passive-treatments"))
                .named("$document").withNoParameters(Parameters.class).useHttpGet().returnResourceType(Bundle.class)
                .execute();

        assertThat(document.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        assertThat(((Composition) document.getEntryFirstRep().getResource()).getTitle())
                .contains("Kreuzschmerzen");
    }
}
