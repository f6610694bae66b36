package org.evidenz.interop.lookup;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.evidenz.condition.CodeSystem;

/**
 * The one table of the identifiers health records name code systems by: OIDs (Infobutton, CDA) and FHIR URIs (CDS
 * Hooks). Every OID here is taken from a source named beside it; a year whose OID we could not find in one is left
 * out rather than guessed, so a request naming it gets a 400 (docs/interop.md lists what is missing).
 */
final class CodeSystemIdentifiers {

    /** HL7's OID for ICD-10 (WHO), from HL7's terminology (THO), NamingSystem icd10. */
    static final String ICD_10_WHO_OID = "2.16.840.1.113883.6.3";
    /** HL7's OID for SNOMED CT, from HL7's terminology (THO), NamingSystem SNOMED CT. */
    static final String SNOMED_CT_OID = "2.16.840.1.113883.6.96";
    static final String ICD_10_WHO_URI = "http://hl7.org/fhir/sid/icd-10";

    /**
     * ICD-10-GM, one OID per catalogue year under BfArM's {@code 1.2.276.0.76.5}. Source: BfArM, "OID" (the OID
     * register's introduction, https://www.bfarm.de/DE/Kodiersysteme/Services/OID-Register/OID/_node.html), which
     * names the OIDs of the 2006 and the 2014 catalogue as its example. The register's search was not reachable from
     * where this was written, so no other year is listed: add a year here, with its source, once it is looked up.
     */
    private static final Map<String, String> ICD_10_GM_YEARS = Map.of(
            "1.2.276.0.76.5.311", "2006",
            "1.2.276.0.76.5.417", "2014");

    private static final Map<String, RequestedSystem> BY_OID = byOid();

    private CodeSystemIdentifiers() {
    }

    private static Map<String, RequestedSystem> byOid() {
        Map<String, RequestedSystem> systems = new LinkedHashMap<>();
        systems.put(ICD_10_WHO_OID, new RequestedSystem("ICD-10 (WHO)", RequestedSystem.Kind.ICD_10_WHO, null));
        systems.put(SNOMED_CT_OID, new RequestedSystem("SNOMED CT", RequestedSystem.Kind.SNOMED_CT, null));
        ICD_10_GM_YEARS.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> systems.put(e.getKey(), RequestedSystem.icd10Gm(e.getValue())));
        return Map.copyOf(systems);
    }

    /** The system an OID names, given bare or as {@code urn:oid:…}. */
    static Optional<RequestedSystem> byOid(String oid) {
        String bare = oid.strip();
        if (bare.regionMatches(true, 0, "urn:oid:", 0, 8)) {
            bare = bare.substring(8);
        }
        return Optional.ofNullable(BY_OID.get(bare));
    }

    /**
     * The system a FHIR Coding names by its {@code system} and {@code version}. ICD-10-GM codings name the catalogue
     * year in {@code version} (as the German base profiles require); one without a year cannot be read safely, since
     * a code may change its meaning between years.
     */
    static Optional<RequestedSystem> byFhirUri(String uri, String version) {
        if (CodeSystem.ICD_10_GM.uri().equals(uri)) {
            return version != null && CodeSystem.ICD_10_GM.isValidVersion(version.strip())
                    ? Optional.of(RequestedSystem.icd10Gm(version.strip())) : Optional.empty();
        }
        if (CodeSystem.SNOMED_CT.uri().equals(uri)) {
            return byOid(SNOMED_CT_OID);
        }
        if (ICD_10_WHO_URI.equals(uri)) {
            return byOid(ICD_10_WHO_OID);
        }
        return uri != null && uri.startsWith("urn:oid:") ? byOid(uri) : Optional.empty();
    }

    /** The OIDs we answer for and what they name, for error messages and the documentation. */
    static String known() {
        StringBuilder text = new StringBuilder();
        BY_OID.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(RequestedSystem::name)))
                .forEach(e -> text.append(text.isEmpty() ? "" : ", ").append(e.getKey()).append(" (")
                        .append(e.getValue().name()).append(')'));
        return text.toString();
    }
}
