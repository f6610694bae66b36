package org.evidenz.article;

import java.time.LocalDate;
import java.util.List;

import org.evidenz.shared.Language;
import org.evidenz.shared.PlannedDate;

/**
 * A patient-information article: layered prose sections that embed structured evidence about its treatments,
 * with the date of its last update and when its next review is due.
 *
 * @param treatmentIds the treatments the article presents, in reading order
 * @param furtherSourceIds sources consulted but not cited in the text; listed after the cited ones
 * @param leadImageId the picture shown at the top of the article, or null
 */
public record Article(
        Language language,
        String id,
        String topicId,
        String slug,
        String title,
        String summary,
        ArticleStatus status,
        LocalDate updated,
        PlannedDate nextReview,
        List<Section> sections,
        List<String> treatmentIds,
        List<String> furtherSourceIds,
        String leadImageId) {

    /** An article without a lead image. */
    public Article(Language language, String id, String topicId, String slug, String title, String summary,
            ArticleStatus status, LocalDate updated, PlannedDate nextReview, List<Section> sections,
            List<String> treatmentIds, List<String> furtherSourceIds) {
        this(language, id, topicId, slug, title, summary, status, updated, nextReview, sections, treatmentIds,
                furtherSourceIds, null);
    }

    public Article {
        sections = List.copyOf(sections);
        treatmentIds = List.copyOf(treatmentIds);
        furtherSourceIds = List.copyOf(furtherSourceIds);
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /**
     * Whether the planned review has passed without one. Readers are told so honestly: the content may still be
     * right, but newer studies may exist.
     */
    public boolean isReviewOverdue(LocalDate today) {
        return nextReview.isOverdueOn(today);
    }
}
