package org.evidenz.editorial.references;

import java.util.List;

import org.evidenz.source.Source;

/**
 * An imported reference as the preview shows it: the id it would get, its citation as readers will see it, what is
 * wrong with it, which existing sources it is likely the same as, and what the import mended.
 */
public record Candidate(int entry, String label, Source source, String citation, List<EntryProblem> problems,
        List<Duplicate> duplicates, List<String> mended) {

    public Candidate {
        problems = List.copyOf(problems);
        duplicates = List.copyOf(duplicates);
        mended = List.copyOf(mended);
    }

    public String id() {
        return source.id();
    }

    /** It can be created as a draft: the rules for sources find nothing wrong with it. */
    public boolean creatable() {
        return problems.isEmpty();
    }

    /** Ticked at first: creatable and not likely a source we have already. */
    public boolean suggested() {
        return creatable() && duplicates.isEmpty();
    }
}
