package org.evidenz.interop.fhir;

import java.util.ArrayList;
import java.util.List;

import org.evidenz.support.Http;
import org.hl7.fhir.r5.model.Bundle;

import ca.uhn.fhir.context.FhirContext;

/** Our FHIR server over real HTTP, with HAPI's parser to read its answers. */
final class FhirHttp {

    /** The configured public address of the tests ({@code evidenz.site.base-url}): every link starts with it. */
    static final String PUBLIC_BASE = "http://localhost:8080/fhir";

    static final FhirContext FHIR = FhirContext.forR5Cached();

    private final Http http;

    FhirHttp(int port) {
        this.http = new Http(port);
    }

    Http http() {
        return http;
    }

    /** The JSON of an answer that must be 200. */
    String json(String path) {
        var response = http.get(path, "Accept", "application/fhir+json");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    Bundle bundle(String path) {
        return FHIR.newJsonParser().parseResource(Bundle.class, json(path));
    }

    /** A link of ours on this test's server: the path and query after the public base. */
    static String local(String link) {
        if (!link.startsWith(PUBLIC_BASE)) {
            throw new AssertionError("Not a link of ours: " + link);
        }
        return "/fhir" + link.substring(PUBLIC_BASE.length());
    }

    /** The JSON of every resource a search finds, following its next links. */
    List<String> everyResource(String search) {
        List<String> resources = new ArrayList<>();
        String path = search;
        while (path != null) {
            Bundle page = bundle(path);
            for (Bundle.BundleEntryComponent entry : page.getEntry()) {
                resources.add(FHIR.newJsonParser().encodeResourceToString(entry.getResource()));
            }
            path = page.getLink("next") == null ? null : local(page.getLink("next").getUrl());
        }
        return resources;
    }
}
