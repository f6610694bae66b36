package org.evidenz.interop.fhir;

import org.evidenz.shared.Language;
import org.evidenz.site.PublicAddress;
import org.springframework.stereotype.Component;

/**
 * The addresses our FHIR resources carry. Every one is built from the configured public address
 * ({@code evidenz.site.base-url}; unset, {@code http://localhost:<port>}), never from the request's {@code Host}: a
 * canonical URL names the resource wherever it is stored, and a forged header must not end up in an answer
 * (docs/adr/0015). Asked on each use, since the port is known only once the server runs.
 */
@Component
class FhirAddresses {

    /** Identifier systems: our stable ids, the same in every language (a translation shares its original's id). */
    static final String IDENTIFIER_PATH = "/fhir/identifier/";

    private final PublicAddress address;

    FhirAddresses(PublicAddress address) {
        this.address = address;
    }

    /** The FHIR server's base, e.g. {@code https://evidenz.example/fhir}. */
    String server() {
        return address.fixedBaseUrl() + "/fhir";
    }

    /** A resource's canonical URL, e.g. {@code https://evidenz.example/fhir/CodeSystem/finding-direction}. */
    String canonical(String type, String id) {
        return server() + "/" + type + "/" + id;
    }

    /** The system of our identifiers of one kind, e.g. {@code https://evidenz.example/fhir/identifier/finding}. */
    String identifierSystem(String kind) {
        return address.fixedBaseUrl() + IDENTIFIER_PATH + kind;
    }

    /** The reader's page at a path such as {@code /en/low-back-pain/passive-treatments}. */
    String page(String path) {
        return address.fixedBaseUrl() + path;
    }

    /** A resource id for content in one language: {@code en-massage}. FHIR ids allow letters, digits, - and . */
    static String id(Language language, String... parts) {
        return language.code() + "-" + String.join("-", parts);
    }
}
