package org.evidenz.treatment;

import java.util.List;

import org.evidenz.shared.Language;

/**
 * Who pays for a group of treatments in one jurisdiction, e.g. "in Germany, statutory health insurance does not
 * pay for most passive treatments (IGeL)".
 *
 * @param jurisdiction ISO 3166 country code
 * @param note Markdown, or null
 */
public record Coverage(
        Language language,
        String id,
        String jurisdiction,
        String payer,
        CoverageStatus status,
        CoverageExtent extent,
        List<String> treatmentIds,
        String note,
        List<String> sourceIds) {

    public Coverage {
        treatmentIds = List.copyOf(treatmentIds);
        sourceIds = List.copyOf(sourceIds);
    }
}
