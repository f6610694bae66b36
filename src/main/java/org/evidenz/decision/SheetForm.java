package org.evidenz.decision;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reader put on their sheet: how much each {@link WhatMatters} matters to them (unanswered ones are left
 * out) and their questions for the doctor, suggested or typed. Lives for one request only; it is never stored or
 * logged, and a problem names the field, never the reader's words.
 */
public record SheetForm(Map<WhatMatters, WhatMatters.Scale> answers, List<String> questions, List<Problem> problems) {

    static final int MAX_QUESTIONS = 12;
    static final int MAX_QUESTION_LENGTH = 500;

    public SheetForm {
        answers = Map.copyOf(answers);
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    /**
     * @param field the request's values of a form field, by name
     */
    static SheetForm read(java.util.function.Function<String, List<String>> field) {
        List<Problem> problems = new ArrayList<>();
        Map<WhatMatters, WhatMatters.Scale> answers = new EnumMap<>(WhatMatters.class);
        for (WhatMatters matter : WhatMatters.values()) {
            List<String> values = field.apply(matter.field()).stream().filter(v -> !v.isBlank()).toList();
            if (values.size() > 1) {
                problems.add(Problem.of("decision.problem.answer-twice", new Problem.Key(matter.key())));
            } else if (values.size() == 1) {
                WhatMatters.Scale.ofValue(values.getFirst()).ifPresentOrElse(scale -> answers.put(matter, scale),
                        () -> problems.add(Problem.of("decision.problem.answer", new Problem.Key(matter.key()))));
            }
        }
        Set<String> questions = new LinkedHashSet<>();
        for (String typed : field.apply("question")) {
            // Line breaks and runs of spaces are layout, not content: one line per question on the sheet.
            String question = typed.strip().replaceAll("\\s+", " ");
            if (question.isEmpty()) {
                continue;
            }
            if (question.length() > MAX_QUESTION_LENGTH) {
                problems.add(Problem.of("decision.problem.question-length", MAX_QUESTION_LENGTH));
            } else {
                questions.add(question);
            }
        }
        if (questions.size() > MAX_QUESTIONS) {
            problems.add(Problem.of("decision.problem.question-count", MAX_QUESTIONS));
        }
        return new SheetForm(answers, List.copyOf(questions), problems);
    }

    /** The answer to one question, or null when the reader left it out. */
    public WhatMatters.Scale answer(WhatMatters matter) {
        return answers.get(matter);
    }
}
