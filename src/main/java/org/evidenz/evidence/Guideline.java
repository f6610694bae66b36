package org.evidenz.evidence;

import java.util.List;

import org.evidenz.shared.Language;

/**
 * A clinical practice guideline, such as Germany's Nationale VersorgungsLeitlinie, with the recommendations
 * Evidenz reports from it.
 *
 * @param sourceId the bibliographic record of the guideline itself
 * @param statusNote e.g. "under revision", or null
 */
public record Guideline(
        Language language,
        String id,
        String title,
        String shortTitle,
        String issuer,
        int year,
        String jurisdiction,
        String statusNote,
        String sourceId,
        List<Recommendation> recommendations) {

    public Guideline {
        recommendations = List.copyOf(recommendations);
    }
}
