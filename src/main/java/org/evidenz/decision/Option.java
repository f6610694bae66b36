package org.evidenz.decision;

import java.util.List;

import org.evidenz.treatment.ComparisonRow;
import org.evidenz.treatment.Treatment;
import org.evidenz.treatment.TreatmentCard;

/**
 * One chosen option with every {@link Question} answered: a column of the comparison on a wide screen, one option
 * after another on a phone.
 *
 * @param keyFacts the few-word summaries of the article's comparison table, for the appointment sheet
 */
public record Option(TreatmentCard card, List<Cell> cells, ComparisonRow keyFacts) {

    public Option {
        cells = List.copyOf(cells);
    }

    public Treatment treatment() {
        return card.treatment();
    }

    /** The answer to one question: statements from the data, or "Our sources do not say". Never empty. */
    public record Cell(Question question, List<Answer> answers) {

        public Cell {
            answers = answers.isEmpty() ? List.of(new Answer.NotStated()) : List.copyOf(answers);
        }

        public boolean notStated() {
            return answers.getFirst() instanceof Answer.NotStated;
        }
    }
}
