package org.evidenz.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidenz.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

import ca.uhn.fhir.context.FhirVersionEnum;

/**
 * HAPI's set-up is off the start path (docs/adr/0031): the FHIR servlet is initialised by the first {@code /fhir}
 * request, which then answers as usual. Its own application, so that no other test has asked the FHIR server first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:fhir-first-request;DB_CLOSE_DELAY=-1",
        "evidenz.data-dir=target/test-data/fhir-first-request", "evidenz.jobs.enabled=false"})
class FhirServerStartsOnFirstRequestTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletRegistrationBean<EvidenzFhirServer> fhirServlet;

    @Test
    void theFhirServerIsSetUpByItsFirstRequestNotAtStart() {
        EvidenzFhirServer server = fhirServlet.getServlet();
        assertThat(server.getResourceProviders()).as("resource providers before any /fhir request").isEmpty();

        var metadata = new Http(port).get("/fhir/metadata", "Accept", "application/fhir+json");

        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(metadata.body()).contains("\"CapabilityStatement\"", "\"Evidence\"");
        assertThat(server.getResourceProviders()).hasSize(8);
        assertThat(server.getFhirContext().getVersion().getVersion()).isEqualTo(FhirVersionEnum.R5);
    }
}
