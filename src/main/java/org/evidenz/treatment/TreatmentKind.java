package org.evidenz.treatment;

/** Whether the patient does the treatment (active) or has it done to them (passive). */
public enum TreatmentKind {
    ACTIVE,
    PASSIVE
}
