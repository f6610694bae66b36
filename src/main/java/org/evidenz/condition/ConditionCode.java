package org.evidenz.condition;

/**
 * A diagnosis code that identifies a condition, e.g. ICD-10-GM M54.5 in the 2026 catalogue.
 *
 * @param version the catalogue version the code is taken from: for ICD-10-GM its year (a code can change meaning
 *     or disappear between years, so partners need to know which catalogue we mean); null where the system has
 *     none we state
 */
public record ConditionCode(CodeSystem system, String code, String display, String version) {

    public ConditionCode {
        if (system.requiresVersion() && (version == null || !system.isValidVersion(version))) {
            throw new IllegalArgumentException(system.label() + " code " + code + " needs its catalogue year");
        }
    }
}
