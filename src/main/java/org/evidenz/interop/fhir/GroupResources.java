package org.evidenz.interop.fhir;

import java.util.List;

import org.hl7.fhir.r5.model.Group;
import org.hl7.fhir.r5.model.Resource;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;

/**
 * Groups (populations): read, and search by {@code identifier}, {@code name} (what R5 calls a Group's title) and
 * {@code _language}.
 */
class GroupResources extends ReadableResources {

    GroupResources(FhirCatalogue catalogue) {
        super(catalogue, Group.class);
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = "identifier") TokenParam identifier,
            @OptionalParam(name = "name") StringParam name,
            @OptionalParam(name = "_language") TokenParam language,
            @Count Integer count) {
        List<Resource> found = catalogue.all(typeName()).stream().filter(r -> {
            Group group = (Group) r;
            return ResourceSearch.identifier(identifier, group.getIdentifier())
                    && ResourceSearch.text(name, group.getName()) && ResourceSearch.language(language, group);
        }).toList();
        return new SimpleBundleProvider(found);
    }
}
