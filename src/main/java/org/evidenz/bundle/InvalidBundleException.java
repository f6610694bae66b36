package org.evidenz.bundle;

import java.util.List;
import java.util.stream.Collectors;

/** A bundle failed validation; nothing was written. Carries every problem found, not just the first. */
public class InvalidBundleException extends RuntimeException {

    private final List<BundleProblem> problems;

    public InvalidBundleException(List<BundleProblem> problems) {
        super(problems.size() + " problem(s) in the content bundle:\n" + problems.stream()
                .map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<BundleProblem> problems() {
        return problems;
    }
}
