package org.evidenz.editorial.references;

/**
 * Something wrong with one entry of an imported file.
 *
 * @param entry the entry's number in the file, from 1; 0 for the file as a whole
 * @param field the field concerned (as the source form names it), or empty
 */
public record EntryProblem(int entry, String field, String reason) {

    static EntryProblem file(String reason) {
        return new EntryProblem(0, "", reason);
    }

    @Override
    public String toString() {
        return (entry == 0 ? "The file" : "Entry " + entry) + (field.isEmpty() ? "" : ", " + field) + ": " + reason;
    }
}
