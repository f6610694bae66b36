package org.evidenz.bundle;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a bundle is read, so that one run reports all of them. */
final class Problems {

    private final List<BundleProblem> problems = new ArrayList<>();

    void add(Location location, String reason) {
        problems.add(location.problem(reason));
    }

    void add(BundleProblem problem) {
        problems.add(problem);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<BundleProblem> list() {
        return List.copyOf(problems);
    }
}
