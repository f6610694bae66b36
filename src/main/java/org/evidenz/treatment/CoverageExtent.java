package org.evidenz.treatment;

/**
 * Whether a coverage rule holds for every treatment it lists or, as a source may say, for "most" of them without
 * saying which. Readers of a {@link #MOST} rule are told to ask their insurer.
 */
public enum CoverageExtent {
    ALL,
    MOST
}
