package org.evidenz.decision;

import java.util.List;

import org.evidenz.article.Article;
import org.evidenz.article.Topic;
import org.evidenz.source.Reference;
import org.evidenz.treatment.Treatment;

/**
 * The compare page of one article: the treatments it offers to choose from, the reader's choices and, when they are
 * comparable, the options answered question by question with the sources they cite.
 *
 * @param articlePath the article's address, e.g. {@code /en/low-back-pain/passive-treatments}
 */
public record Decision(
        Topic topic,
        Article article,
        String articlePath,
        List<Treatment> offered,
        Choices choices,
        List<Option> options,
        List<Reference> references) {

    public Decision {
        offered = List.copyOf(offered);
        options = List.copyOf(options);
        references = List.copyOf(references);
    }

    public String comparePath() {
        return articlePath + "/compare";
    }

    public String sheetPath() {
        return articlePath + "/appointment-sheet";
    }

    /** The compare page with the valid choices, e.g. {@code /en/…/compare?t=acupuncture&t=massage}. */
    public String compareAddress() {
        return choices.chosen().isEmpty() ? comparePath() : comparePath() + "?" + choices.query();
    }

    public List<Question> questions() {
        return List.of(Question.values());
    }

    public List<WhatMatters> matters() {
        return List.of(WhatMatters.values());
    }

    public List<WhatMatters.Scale> scale() {
        return List.of(WhatMatters.Scale.values());
    }

    /** Message keys of questions readers often take to the doctor, offered to tick. */
    public List<String> suggestedQuestionKeys() {
        return SUGGESTED_QUESTIONS;
    }

    static final List<String> SUGGESTED_QUESTIONS = List.of("decision.suggested.1", "decision.suggested.2",
            "decision.suggested.3", "decision.suggested.4", "decision.suggested.5");
}
