package org.evidenz.interop.fhir;

import java.util.List;

import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.Resource;

import ca.uhn.fhir.context.FhirContext;

/** HAPI's R5 context, built once (it is expensive and thread-safe), and what we ask it. */
final class FhirR5 {

    static final FhirContext CONTEXT = FhirContext.forR5Cached();

    private FhirR5() {
    }

    /** The relative references ({@code Type/id}) a resource holds anywhere in it. */
    static List<String> referencesIn(Resource resource) {
        return CONTEXT.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class).stream()
                .map(Reference::getReference).filter(r -> r != null && r.matches("[A-Za-z]+/[A-Za-z0-9.-]+"))
                .toList();
    }
}
