package org.evidenz.site;

import java.util.Set;

import org.evidenz.shared.Language;

/**
 * Published content up to {@code version} has reached this node, changed here or on another node. Published
 * synchronously, outside any transaction, just before the {@link ContentVersion} moves on to {@code version}:
 * a listener rebuilds what is rebuilt rather than keyed by the version (the search index), so that nothing
 * answered under the new version lags behind it.
 *
 * @param languages the languages whose content changed (all of them when this node cannot tell)
 * @param version the shared content version the node is about to answer
 */
public record ContentArrived(Set<Language> languages, long version) {

    public ContentArrived {
        languages = Set.copyOf(languages);
    }
}
