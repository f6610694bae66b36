package org.evidenz.editorial.references;

import java.util.List;

/**
 * What an import would create, before anything is: each readable entry as a {@link Candidate}, and a message per
 * entry that could not be read (then nothing can be created from the file).
 */
public record ImportPreview(ReferenceFormat format, boolean detected, List<Candidate> candidates,
        List<EntryProblem> unreadable) {

    public ImportPreview {
        candidates = List.copyOf(candidates);
        unreadable = List.copyOf(unreadable);
    }

    public boolean readable() {
        return unreadable.isEmpty();
    }

    public long creatable() {
        return candidates.stream().filter(Candidate::creatable).count();
    }
}
