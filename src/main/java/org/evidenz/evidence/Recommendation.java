package org.evidenz.evidence;

import java.util.List;

/**
 * One recommendation of a guideline about one or more treatments for a condition.
 *
 * @param statement Markdown: the recommendation in plain words
 */
public record Recommendation(
        String id,
        String guidelineId,
        List<String> treatmentIds,
        String conditionId,
        RecommendationDirection direction,
        RecommendationStrength strength,
        String statement,
        List<String> sourceIds) {

    public Recommendation {
        treatmentIds = List.copyOf(treatmentIds);
        sourceIds = List.copyOf(sourceIds);
    }
}
