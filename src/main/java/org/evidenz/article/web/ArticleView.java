package org.evidenz.article.web;

import java.util.List;

import org.evidenz.article.Article;
import org.evidenz.article.Section;
import org.evidenz.article.Topic;
import org.evidenz.evidence.Guideline;
import org.evidenz.evidence.Recommendation;
import org.evidenz.prose.ProseFigure;
import org.evidenz.source.Reference;
import org.evidenz.treatment.ComparisonRow;
import org.evidenz.treatment.Coverage;
import org.evidenz.treatment.Treatment;
import org.evidenz.treatment.TreatmentCard;

/**
 * An article ready to render: its sections split into prose and structured blocks, in reading order, and the
 * reference list numbered as the page cites.
 *
 * @param treatments every treatment the article presents, passive and active, in its order (readers choose among
 *     them to compare)
 */
public record ArticleView(
        Article article,
        Topic topic,
        List<SectionView> sections,
        List<TreatmentCard> cards,
        List<Reference> references,
        List<Reference> furtherSources,
        List<Treatment> treatments,
        ProseFigure lead) {

    /** The anchor of the section with the coverage block, which treatment cards link to; null when none. */
    public String coverageAnchor() {
        return sections.stream()
                .filter(s -> s.parts().stream().anyMatch(p -> p instanceof CoverageRules))
                .map(s -> s.section().anchor())
                .findFirst().orElse(null);
    }

    public record SectionView(Section section, List<Part> parts) {
    }

    /** A piece of a section: prose or one of the blocks of docs/content-bundles.md. */
    public sealed interface Part {
    }

    public record Prose(String html) implements Part {
    }

    public record ComparisonTable(List<ComparisonRow> rows) implements Part {
    }

    public record TreatmentCards(List<TreatmentCard> cards) implements Part {
    }

    public record ActiveTreatments(List<Treatment> treatments) implements Part {
    }

    public record Recommendations(List<RecommendationItem> items) implements Part {
    }

    public record CoverageRules(List<CoverageItem> items) implements Part {
    }

    public record RecommendationItem(Guideline guideline, Recommendation recommendation, List<Treatment> treatments,
            String statementHtml, String citationHtml) {
    }

    public record CoverageItem(Coverage coverage, List<Treatment> treatments, String noteHtml, String citationHtml) {
    }
}
