package org.evidenz.bundle;

import java.util.List;

import org.evidenz.source.Source;

/**
 * A whole content bundle, validated: the shared sources and one {@link Edition} per language folder.
 *
 * @param format the bundle format version; {@value BundleReader#FORMAT} is the only one so far
 */
public record Bundle(int format, String name, List<Source> sources, List<Edition> editions) {

    public Bundle {
        sources = List.copyOf(sources);
        editions = List.copyOf(editions);
    }
}
