package org.evidenz.interop.fhir;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.IdType;
import org.hl7.fhir.r5.model.Resource;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;

/** A resource type we serve from the {@link FhirCatalogue}: read by id; subclasses add the searches it supports. */
abstract class ReadableResources implements IResourceProvider {

    protected final FhirCatalogue catalogue;
    private final Class<? extends Resource> type;

    ReadableResources(FhirCatalogue catalogue, Class<? extends Resource> type) {
        this.catalogue = catalogue;
        this.type = type;
    }

    @Override
    public Class<? extends IBaseResource> getResourceType() {
        return type;
    }

    protected String typeName() {
        return type.getSimpleName();
    }

    @Read
    public Resource read(@IdParam IdType id) {
        return catalogue.read(typeName(), id.getIdPart()).orElseThrow(() -> new ResourceNotFoundException(
                "There is no " + typeName() + " with the id '" + id.getIdPart() + "'."));
    }
}
