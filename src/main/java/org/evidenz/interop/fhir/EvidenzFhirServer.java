package org.evidenz.interop.fhir;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.evidenz.site.ContentVersion;
import org.hl7.fhir.r5.model.ArtifactAssessment;
import org.hl7.fhir.r5.model.Citation;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.ConceptMap;
import org.hl7.fhir.r5.model.Evidence;
import org.hl7.fhir.r5.model.EvidenceVariable;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.FifoMemoryPagingProvider;
import ca.uhn.fhir.rest.server.RestfulServer;

/**
 * HAPI's RestfulServer with our resource providers, read-only: HAPI answers the CapabilityStatement from them, so it
 * lists exactly what they support, and it negotiates JSON or XML ({@code _format}, {@code Accept}) and turns errors
 * into OperationOutcomes.
 */
class EvidenzFhirServer extends RestfulServer {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private final transient FhirCatalogue catalogue;
    private final transient FhirAddresses addresses;
    private final transient ContentVersion contentVersion;

    /**
     * Without HAPI's context: building it and scanning the providers takes seconds at start (docs/adr/0031); it is
     * set in {@link #initialize()}, when the first {@code /fhir} request initialises this servlet.
     */
    EvidenzFhirServer(FhirCatalogue catalogue, FhirAddresses addresses, ContentVersion contentVersion) {
        super((FhirContext) null);
        this.catalogue = catalogue;
        this.addresses = addresses;
        this.contentVersion = contentVersion;
    }

    @Override
    protected void initialize() {
        setFhirContext(FhirR5.CONTEXT);
        setServerName("Evidenz FHIR server");
        setImplementationDescription("Evidenz: published evidence for patients, read-only");
        // Asked per request: the port of an unconfigured address is known only once the server runs.
        setServerAddressStrategy((servletContext, request) -> addresses.server());
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setPagingProvider(new CurrentContentPaging(contentVersion));
        setResourceProviders(List.of(
                new CanonicalResources(catalogue, Citation.class),
                new CanonicalResources(catalogue, Evidence.class),
                new CanonicalResources(catalogue, EvidenceVariable.class),
                new GroupResources(catalogue),
                new AssessmentResources(catalogue),
                new CompositionDocuments(catalogue),
                new CanonicalResources(catalogue, CodeSystem.class),
                new CanonicalResources(catalogue, ConceptMap.class)));
    }

    /**
     * Later pages of a search, kept in memory, but only as long as the content they were found in is current: once
     * something is published or withdrawn, a stored page is gone (HAPI answers 410) rather than showing what is no
     * longer published.
     */
    static final class CurrentContentPaging extends FifoMemoryPagingProvider {

        private final ContentVersion contentVersion;
        private final Map<String, Long> versions = new ConcurrentHashMap<>();

        CurrentContentPaging(ContentVersion contentVersion) {
            super(200);
            this.contentVersion = contentVersion;
            setDefaultPageSize(DEFAULT_PAGE_SIZE);
            setMaximumPageSize(MAX_PAGE_SIZE);
        }

        @Override
        public synchronized String storeResultList(RequestDetails request, IBundleProvider list) {
            String id = super.storeResultList(request, list);
            versions.keySet().removeIf(key -> versions.get(key) != contentVersion.current());
            versions.put(id, contentVersion.current());
            return id;
        }

        @Override
        public synchronized IBundleProvider retrieveResultList(RequestDetails request, String id) {
            Long version = versions.get(id);
            return version != null && version == contentVersion.current() ? super.retrieveResultList(request, id)
                    : null;
        }
    }
}
