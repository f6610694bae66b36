package org.evidenz.bundle;

/**
 * One thing wrong with a content bundle: where it is and why it is wrong.
 *
 * @param file the path inside the bundle, e.g. {@code en/treatments.yaml}
 * @param line 1-based, or 0 when the problem concerns the whole file
 * @param field the path of the field, e.g. {@code treatments[3].kind}, or empty
 */
public record BundleProblem(String file, int line, String field, String reason) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(" line ").append(line);
        }
        text.append(": ");
        if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(reason).toString();
    }
}
