package org.evidenz.interop.fhir;

import java.util.List;

import org.hl7.fhir.r5.model.CanonicalResource;
import org.hl7.fhir.r5.model.Composition;
import org.hl7.fhir.r5.model.Identifier;
import org.hl7.fhir.r5.model.Resource;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;

/**
 * A canonical resource type (Citation, Evidence, EvidenceVariable, Composition, CodeSystem, ConceptMap): read, and
 * search by {@code identifier}, {@code url}, {@code title} and {@code _language}, paged by {@code _count}.
 */
class CanonicalResources extends ReadableResources {

    CanonicalResources(FhirCatalogue catalogue, Class<? extends Resource> type) {
        super(catalogue, type);
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = "identifier") TokenParam identifier,
            @OptionalParam(name = "url") UriParam url,
            @OptionalParam(name = "title") StringParam title,
            @OptionalParam(name = "_language") TokenParam language,
            @Count Integer count) {
        List<Resource> found = catalogue.all(typeName()).stream()
                .filter(r -> matches(r, identifier, url, title, language)).toList();
        return new SimpleBundleProvider(found);
    }

    private static boolean matches(Resource resource, TokenParam identifier, UriParam url, StringParam title,
            TokenParam language) {
        // A Composition has url, identifier and title like a canonical resource, but R5 does not make it one.
        List<Identifier> identifiers = resource instanceof Composition c ? c.getIdentifier()
                : ((CanonicalResource) resource).getIdentifier();
        String canonical = resource instanceof Composition c ? c.getUrl() : ((CanonicalResource) resource).getUrl();
        String name = resource instanceof Composition c ? c.getTitle() : ((CanonicalResource) resource).getTitle();
        return ResourceSearch.identifier(identifier, identifiers) && ResourceSearch.url(url, canonical)
                && ResourceSearch.text(title, name) && ResourceSearch.language(language, resource);
    }
}
