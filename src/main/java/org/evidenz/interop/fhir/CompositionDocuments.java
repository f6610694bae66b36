package org.evidenz.interop.fhir;

import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.Composition;
import org.hl7.fhir.r5.model.IdType;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;

/**
 * Compositions: read and search like the canonical resources, and {@code $document}: the whole article as a
 * document.
 */
class CompositionDocuments extends CanonicalResources {

    CompositionDocuments(FhirCatalogue catalogue) {
        super(catalogue, Composition.class);
    }

    @Operation(name = "$document", idempotent = true)
    public Bundle document(@IdParam IdType id) {
        return catalogue.document(id.getIdPart()).orElseThrow(() -> new ResourceNotFoundException(
                "There is no Composition with the id '" + id.getIdPart() + "'."));
    }
}
