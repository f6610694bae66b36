package org.evidenz.decision;

import java.time.LocalDate;
import java.util.List;

import org.evidenz.source.Reference;

/**
 * The appointment sheet: the chosen options with their key facts, the reader's answers and questions, the dates of
 * the evidence and the sources. Made for one request and then forgotten.
 *
 * @param address the absolute address of the compare page with these choices
 * @param reviewOverdue whether the article's planned review date has passed
 */
public record Sheet(
        Decision decision,
        List<KeyFacts> options,
        SheetForm form,
        List<Reference> references,
        LocalDate made,
        String address,
        boolean reviewOverdue) {

    public Sheet {
        options = List.copyOf(options);
        references = List.copyOf(references);
    }

    /**
     * One option's row of the article's comparison table, with the numbers of the sources behind each fact, e.g.
     * {@code [1, 2]}; empty when the fact is "not stated".
     */
    public record KeyFacts(Option option, String effectCitation, String risksCitation, String guidelineCitation,
            String costsCitation) {
    }
}
