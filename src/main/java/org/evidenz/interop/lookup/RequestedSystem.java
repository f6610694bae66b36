package org.evidenz.interop.lookup;

import org.evidenz.condition.CodeSystem;
import org.evidenz.condition.ConditionCode;

/**
 * A code system a health record may ask in, and which of a condition's codes it can find.
 *
 * @param name how people call it, for messages
 * @param kind which family of codes it is
 * @param catalogueYear for ICD-10-GM the one catalogue year the system names; null otherwise
 */
record RequestedSystem(String name, Kind kind, String catalogueYear) {

    enum Kind {
        /** BfArM's German modification of ICD-10; each catalogue year is a code system of its own. */
        ICD_10_GM,
        /** WHO's ICD-10, which ICD-10-GM modifies; matched against a condition's ICD-10-GM codes (ADR 21). */
        ICD_10_WHO,
        SNOMED_CT
    }

    static RequestedSystem icd10Gm(String year) {
        return new RequestedSystem("ICD-10-GM " + year, Kind.ICD_10_GM, year);
    }

    /** Whether a code of ours belongs to this system, so that the requested code can be compared with it. */
    boolean includes(ConditionCode code) {
        return switch (kind) {
            case ICD_10_GM -> code.system() == CodeSystem.ICD_10_GM && catalogueYear.equals(code.version());
            case ICD_10_WHO -> code.system() == CodeSystem.ICD_10_GM;
            case SNOMED_CT -> code.system() == CodeSystem.SNOMED_CT;
        };
    }

    boolean isIcd10() {
        return kind != Kind.SNOMED_CT;
    }
}
