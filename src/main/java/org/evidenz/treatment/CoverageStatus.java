package org.evidenz.treatment;

/** Whether a payer pays for a treatment. {@link #SELF_PAY_IGEL}: a German "individual health service" (IGeL). */
public enum CoverageStatus {
    COVERED,
    PARTLY_COVERED,
    SELF_PAY_IGEL,
    NOT_COVERED,
    NOT_STATED
}
