package org.evidenz.shared;

import java.util.Set;

/**
 * Published content changed in these languages (an import, a publication). Listeners drop what they derived from
 * it: page caches, search indexes, feeds.
 */
public record ContentChanged(Set<Language> languages) {

    public ContentChanged {
        languages = Set.copyOf(languages);
    }
}
