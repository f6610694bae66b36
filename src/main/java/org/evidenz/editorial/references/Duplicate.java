package org.evidenz.editorial.references;

/**
 * An existing source an imported reference is likely the same as.
 *
 * @param why what they share: "same DOI", "same PubMed id" or "same title"
 */
public record Duplicate(String sourceId, String path, String why) {
}
