package org.evidenz.editorial.references;

import java.util.List;

/**
 * What was read from a file: the entries that could be read, and a message per entry that could not. A file with
 * any unreadable entry is not imported at all.
 */
public record ReferenceReading(ReferenceFormat format, List<ReadReference> references, List<EntryProblem> unreadable) {

    public ReferenceReading {
        references = List.copyOf(references);
        unreadable = List.copyOf(unreadable);
    }

    public boolean readable() {
        return unreadable.isEmpty();
    }
}
