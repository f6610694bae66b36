package org.evidenz.decision;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.evidenz.treatment.Treatment;

/**
 * The options a reader chose to compare ({@code t=acupuncture&t=massage}), checked against the treatments the
 * published article presents. Whatever is wrong is told as a {@link Problem}; the valid choices are kept, in the
 * reader's order, so the form shows them ticked.
 *
 * @param chosen the valid, distinct choices
 */
public record Choices(List<Treatment> chosen, List<Problem> problems) {

    public static final int MIN = 2;
    public static final int MAX = 4;
    /** Values past this many are not looked at: nobody ticks more boxes than an article has treatments. */
    static final int MAX_VALUES = 50;
    /** How many unknown values are named one by one; the rest are counted. */
    private static final int NAMED_UNKNOWN = 5;
    /** How much of an unknown value the page repeats back. */
    private static final int SHOWN_LENGTH = 40;

    public Choices {
        chosen = List.copyOf(chosen);
        problems = List.copyOf(problems);
    }

    /**
     * Checks the values of {@code t} against the article's treatments. Blank values (an empty select) are ignored;
     * a reader who sent nothing yet has no problem, only no comparison.
     */
    static Choices of(List<String> values, List<Treatment> offered) {
        Map<String, Treatment> bySlug = offered.stream()
                .collect(Collectors.toMap(Treatment::slug, Function.identity(), (a, b) -> a));
        List<Problem> problems = new ArrayList<>();
        List<String> given = values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (given.size() > MAX_VALUES) {
            problems.add(Problem.of("decision.problem.ignored", given.size() - MAX_VALUES));
            given = given.subList(0, MAX_VALUES);
        }
        Set<Treatment> chosen = new LinkedHashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String value : given) {
            Treatment treatment = bySlug.get(value);
            if (treatment == null) {
                unknown.add(value);
            } else if (!chosen.add(treatment)) {
                duplicates.add(treatment.name());
            }
        }
        unknown.stream().distinct().limit(NAMED_UNKNOWN)
                .forEach(value -> problems.add(Problem.of("decision.problem.unknown", shown(value))));
        long unnamed = unknown.stream().distinct().count() - NAMED_UNKNOWN;
        if (unnamed > 0) {
            problems.add(Problem.of("decision.problem.unknown-more", unnamed));
        }
        duplicates.forEach(name -> problems.add(Problem.of("decision.problem.duplicate", name)));
        if (chosen.size() > MAX) {
            problems.add(Problem.of("decision.problem.too-many", chosen.size(), MAX));
        } else if (!given.isEmpty() && chosen.size() < MIN) {
            problems.add(Problem.of("decision.problem.too-few", MIN));
        }
        return new Choices(List.copyOf(chosen), problems);
    }

    private static String shown(String value) {
        return value.length() <= SHOWN_LENGTH ? value : value.substring(0, SHOWN_LENGTH) + "…";
    }

    /** Two to four valid options: enough to compare, few enough to read side by side. */
    public boolean comparable() {
        return chosen.size() >= MIN && chosen.size() <= MAX;
    }

    public boolean isChosen(Treatment treatment) {
        return chosen.stream().anyMatch(t -> t.id().equals(treatment.id()));
    }

    /** The query string of the valid choices, e.g. {@code t=acupuncture&t=massage}. */
    public String query() {
        return chosen.stream().map(t -> "t=" + URLEncoder.encode(t.slug(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
