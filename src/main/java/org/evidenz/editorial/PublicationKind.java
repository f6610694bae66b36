package org.evidenz.editorial;

/**
 * What a publication did: changed the content ({@link #UPDATED}), confirmed it after review without change
 * ({@link #CHECKED}), or brought it in from a bundle ({@link #IMPORTED}). Readers see "updated" and "checked" apart.
 */
public enum PublicationKind {
    UPDATED,
    CHECKED,
    IMPORTED
}
