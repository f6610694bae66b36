package org.evidenz.bundle;

import java.util.List;

import org.evidenz.source.Source;

/**
 * A whole content bundle, validated: the shared sources, one {@link Edition} per language folder, and the pictures.
 *
 * @param format the bundle format version; {@value BundleReader#FORMAT} is the only one so far
 */
public record Bundle(int format, String name, List<Source> sources, List<Edition> editions,
        List<BundlePicture> pictures) {

    public Bundle {
        sources = List.copyOf(sources);
        editions = List.copyOf(editions);
        pictures = List.copyOf(pictures);
    }

    /** A bundle without pictures. */
    public Bundle(int format, String name, List<Source> sources, List<Edition> editions) {
        this(format, name, sources, editions, List.of());
    }

    /** The same bundle with these pictures. */
    public Bundle withPictures(List<BundlePicture> newPictures) {
        return new Bundle(format, name, sources, editions, newPictures);
    }
}
