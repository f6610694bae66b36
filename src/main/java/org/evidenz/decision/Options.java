package org.evidenz.decision;

import java.util.ArrayList;
import java.util.List;

import org.evidenz.prose.ProseContext;
import org.evidenz.treatment.ComparisonRow;
import org.evidenz.treatment.TreatmentCard;
import org.evidenz.treatment.TreatmentCards;
import org.evidenz.treatment.TreatmentProfile;
import org.springframework.stereotype.Component;

/**
 * Answers every {@link Question} for each chosen option from its profile. The card that the article and the
 * treatment page show is the only renderer of the data, so the comparison says exactly what they say, with the
 * same citations; here it is only sorted by question.
 */
@Component
class Options {

    /** "Who pays in Germany?": the question names the jurisdiction, so rules for other countries do not answer it. */
    static final String COVERAGE_JURISDICTION = "DE";

    private final TreatmentCards cards;

    Options(TreatmentCards cards) {
        this.cards = cards;
    }

    /** The options in the reader's order, rendered through one context so citations number down the page. */
    List<Option> of(List<TreatmentProfile> chosen, ProseContext context) {
        return chosen.stream().map(profile -> of(profile, context)).toList();
    }

    Option of(TreatmentProfile profile, ProseContext context) {
        TreatmentCard card = cards.render(profile, context);
        List<Option.Cell> cells = new ArrayList<>();
        for (Question question : Question.values()) {
            cells.add(new Option.Cell(question, answers(question, card)));
        }
        return new Option(card, cells, new ComparisonRow(profile, "option-" + profile.treatment().id()));
    }

    private static List<Answer> answers(Question question, TreatmentCard card) {
        return switch (question) {
            case WHAT -> List.of(new Answer.About(card));
            case WHO -> List.of(new Answer.Givers(card));
            case HELPS, CERTAINTY -> card.findings().stream().<Answer>map(Answer.Finding::new).toList();
            case RISKS -> card.harms().stream().<Answer>map(Answer.Harm::new).toList();
            case GUIDELINE -> card.recommendations().stream().<Answer>map(Answer.Recommendation::new).toList();
            case COSTS -> card.coverage().stream()
                    .filter(view -> COVERAGE_JURISDICTION.equals(view.coverage().jurisdiction()))
                    .<Answer>map(Answer.Coverage::new).toList();
        };
    }
}
