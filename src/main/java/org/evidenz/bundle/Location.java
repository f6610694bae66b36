package org.evidenz.bundle;

/** Where a value sits in a bundle, for problem reports. */
record Location(String file, int line, String field) {

    BundleProblem problem(String reason) {
        return new BundleProblem(file, line, field, reason);
    }

    Location child(String key, int childLine) {
        return new Location(file, childLine, field.isEmpty() ? key : field + "." + key);
    }

    Location element(int index, int elementLine) {
        return new Location(file, elementLine, field + "[" + index + "]");
    }
}
