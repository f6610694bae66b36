package org.evidenz.condition;

/** A diagnosis code that identifies a condition, e.g. ICD-10-GM M54.5. */
public record ConditionCode(CodeSystem system, String code, String display) {
}
