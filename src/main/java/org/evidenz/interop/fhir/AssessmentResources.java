package org.evidenz.interop.fhir;

import java.util.List;

import org.hl7.fhir.r5.model.ArtifactAssessment;
import org.hl7.fhir.r5.model.Resource;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;

/**
 * Recommendations (an ArtifactAssessment has no url): read, and search by {@code identifier}, {@code title} and
 * {@code _language}.
 */
class AssessmentResources extends ReadableResources {

    AssessmentResources(FhirCatalogue catalogue) {
        super(catalogue, ArtifactAssessment.class);
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = "identifier") TokenParam identifier,
            @OptionalParam(name = "title") StringParam title,
            @OptionalParam(name = "_language") TokenParam language,
            @Count Integer count) {
        List<Resource> found = catalogue.all(typeName()).stream().filter(r -> {
            ArtifactAssessment assessment = (ArtifactAssessment) r;
            return ResourceSearch.identifier(identifier, assessment.getIdentifier())
                    && ResourceSearch.text(title, assessment.getTitle())
                    && ResourceSearch.language(language, assessment);
        }).toList();
        return new SimpleBundleProvider(found);
    }
}
