package org.evidenz.condition;

import java.util.Arrays;
import java.util.Optional;

/** A coding system for diagnoses, with the canonical URI partners (and FHIR) use for it. */
public enum CodeSystem {

    ICD_10_GM("ICD-10-GM", "http://fhir.de/CodeSystem/bfarm/icd-10-gm") {
        @Override
        public boolean requiresVersion() {
            return true;
        }

        @Override
        public boolean isValidVersion(String version) {
            return version.matches("(19|20)\\d\\d");
        }
    },
    SNOMED_CT("SNOMED-CT", "http://snomed.info/sct");

    private final String label;
    private final String uri;

    CodeSystem(String label, String uri) {
        this.label = label;
        this.uri = uri;
    }

    /** The name used in content bundles and shown to readers. */
    public String label() {
        return label;
    }

    public String uri() {
        return uri;
    }

    /** Whether a code of this system means something only with its catalogue version (ICD-10-GM: the year). */
    public boolean requiresVersion() {
        return false;
    }

    public boolean isValidVersion(String version) {
        return !version.isBlank();
    }

    public static Optional<CodeSystem> fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }
}
