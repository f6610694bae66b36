package org.evidenz.treatment;

/** How serious a harm is; {@link #NOT_STATED} when the source does not say. */
public enum Seriousness {
    MINOR,
    SERIOUS,
    NOT_STATED
}
