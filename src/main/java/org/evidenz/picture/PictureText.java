package org.evidenz.picture;

/**
 * What a picture says in one language.
 *
 * @param alt the text that stands for the picture when it cannot be seen; empty only for a decorative picture
 * @param caption shown under the picture; may be empty
 */
public record PictureText(String alt, String caption) {

    public static final PictureText NONE = new PictureText("", "");

    public PictureText {
        alt = alt == null ? "" : alt.strip();
        caption = caption == null ? "" : caption.strip();
    }
}
