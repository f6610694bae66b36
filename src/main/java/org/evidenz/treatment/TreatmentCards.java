package org.evidenz.treatment;

import java.util.List;

import org.evidenz.prose.ProseContext;
import org.evidenz.prose.ProseRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders {@link TreatmentProfile}s into {@link TreatmentCard}s. Call it in reading order: citation numbers and
 * glossary links are shared with the rest of the page through the {@link ProseContext}.
 */
@Component
public class TreatmentCards {

    private final ProseRenderer prose;

    TreatmentCards(ProseRenderer prose) {
        this.prose = prose;
    }

    public TreatmentCard render(TreatmentProfile profile, ProseContext context) {
        Treatment treatment = profile.treatment();
        String description = prose.render(treatment.description(), context);
        String mechanism = prose.render(treatment.mechanism(), context);
        String plausibilityNote = prose.render(treatment.plausibilityNote(), context);
        List<TreatmentCard.VariantView> variants = treatment.variants().stream()
                .map(v -> new TreatmentCard.VariantView(v, prose.renderInline(v.description(), context)))
                .toList();
        List<TreatmentCard.FindingView> findings = profile.findings().stream()
                .map(f -> new TreatmentCard.FindingView(f, variantName(treatment, f.variantId()),
                        prose.renderInline(f.statement(), context), context.citationHtml(f.sourceIds())))
                .toList();
        List<TreatmentCard.HarmView> harms = profile.harms().stream()
                .map(h -> new TreatmentCard.HarmView(h, variantName(treatment, h.variantId()),
                        prose.renderInline(h.description(), context), prose.renderInline(h.precaution(), context),
                        context.citationHtml(h.sourceIds())))
                .toList();
        List<TreatmentCard.RecommendationView> recommendations = profile.recommendations().stream()
                .map(r -> new TreatmentCard.RecommendationView(r.guideline(), r.recommendation(),
                        prose.renderInline(r.recommendation().statement(), context),
                        context.citationHtml(r.recommendation().sourceIds())))
                .toList();
        List<TreatmentCard.CoverageView> coverage = profile.coverage().stream()
                .map(c -> new TreatmentCard.CoverageView(c, prose.renderInline(c.note(), context),
                        context.citationHtml(c.sourceIds())))
                .toList();
        String practitionerNote = prose.render(treatment.practitionerNote(), context);
        return new TreatmentCard(profile, description, mechanism, plausibilityNote, practitionerNote, variants,
                findings, harms, recommendations, coverage);
    }

    private static String variantName(Treatment treatment, String variantId) {
        return variantId == null ? null : treatment.variant(variantId).map(Variant::name).orElse(null);
    }
}
