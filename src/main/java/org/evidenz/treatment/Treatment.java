package org.evidenz.treatment;

import java.util.List;
import java.util.Optional;

import org.evidenz.shared.Language;

/**
 * A treatment as readers meet it: what it is, how it is claimed to work and how plausible that is. What studies
 * found about it lives in the evidence module; its harms and who pays for it live beside it ({@link Harm},
 * {@link Coverage}). Text fields marked Markdown may cite sources inline.
 *
 * @param description Markdown: what it is
 * @param mechanism Markdown: how it is claimed to work, or null when the sources say nothing about it
 * @param plausibilityNote Markdown: why the mechanism is rated so, or null
 * @param practitionerNote Markdown: who may offer it, e.g. whether a job title is protected, or null
 */
public record Treatment(
        Language language,
        String id,
        String slug,
        String name,
        TreatmentKind kind,
        String summary,
        String description,
        String mechanism,
        Plausibility plausibility,
        String plausibilityNote,
        String deliveredBy,
        String practitionerNote,
        List<String> aliases,
        List<Variant> variants) {

    public Treatment {
        aliases = List.copyOf(aliases);
        variants = List.copyOf(variants);
    }

    public Optional<Variant> variant(String variantId) {
        return variants.stream().filter(v -> v.id().equals(variantId)).findFirst();
    }
}
