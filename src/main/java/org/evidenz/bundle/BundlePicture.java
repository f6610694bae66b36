package org.evidenz.bundle;

import java.util.Map;

import org.evidenz.shared.Language;

/**
 * A picture in a bundle: its file beside the YAML ({@code images/<id>.<ext>}) and what {@code images.yaml} says about
 * it. The bundle reader checks the fields; the picture library checks the file when it is imported.
 *
 * @param file the path inside the bundle
 * @param texts alt text and caption per language; a language may be missing
 */
public record BundlePicture(String id, String file, byte[] bytes, boolean decorative, String credit, String licence,
        Map<Language, Text> texts) {

    public BundlePicture {
        texts = Map.copyOf(texts);
    }

    /** Alt text and caption in one language, empty when not given. */
    public record Text(String alt, String caption) {

        public Text {
            alt = alt == null ? "" : alt;
            caption = caption == null ? "" : caption;
        }
    }
}
