package org.evidenz.treatment;

import java.util.List;

import org.evidenz.shared.Language;

/**
 * A side effect or risk of a treatment (or of one variant of it), who is especially at risk, and how to lower
 * the risk. Like every evidence statement it names its sources.
 *
 * @param variantId the variant it belongs to, or null when it concerns the treatment as a whole
 * @param name a short label, e.g. "Bleeding or bruising"
 * @param description Markdown
 * @param precaution Markdown, or null
 */
public record Harm(
        Language language,
        String id,
        String treatmentId,
        String variantId,
        String name,
        String description,
        HarmFrequency frequency,
        Seriousness seriousness,
        List<String> riskGroups,
        String precaution,
        List<String> sourceIds) {

    public Harm {
        riskGroups = List.copyOf(riskGroups);
        sourceIds = List.copyOf(sourceIds);
    }
}
