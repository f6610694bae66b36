package org.evidenz.interop.fhir;

import org.evidenz.site.ContentVersion;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FHIR server, in-process at {@code /fhir/*} as a servlet of its own beside Spring MVC's (docs/adr/0019). Spring
 * Security's and our filters run in front of it as for every address.
 */
@Configuration
class FhirServerConfiguration {

    @Bean
    ServletRegistrationBean<EvidenzFhirServer> fhirServlet(FhirCatalogue catalogue, FhirAddresses addresses,
            ContentVersion contentVersion) {
        ServletRegistrationBean<EvidenzFhirServer> registration = new ServletRegistrationBean<>(
                new EvidenzFhirServer(catalogue, addresses, contentVersion), "/fhir/*");
        registration.setName("fhir");
        // Initialised by the first /fhir request, not at start: HAPI's set-up costs seconds and memory that a reader
        // site needs for nothing else (docs/adr/0031).
        registration.setLoadOnStartup(-1);
        return registration;
    }
}
