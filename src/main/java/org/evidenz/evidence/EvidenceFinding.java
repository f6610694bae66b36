package org.evidenz.evidence;

import java.util.List;

import org.evidenz.shared.Language;

/**
 * What studies found about one treatment (or one variant of it) for one condition and one outcome. The
 * structured fields say exactly as much as the sources and never more; {@code statement} says the same in plain
 * words. Every finding names at least one source.
 *
 * @param variantId the treatment variant the finding is about, or null for the treatment as a whole
 * @param comparator what the treatment was compared with, e.g. "no treatment", or null
 * @param studyBase how much good research there is, in words, e.g. "few good-quality studies", or null
 * @param statement Markdown
 */
public record EvidenceFinding(
        Language language,
        String id,
        String treatmentId,
        String variantId,
        String conditionId,
        Phase phase,
        String outcome,
        String comparator,
        FindingDirection direction,
        EffectSize size,
        EffectDuration duration,
        Certainty certainty,
        String studyBase,
        String statement,
        List<String> sourceIds) {

    public EvidenceFinding {
        sourceIds = List.copyOf(sourceIds);
    }
}
