package org.evidenz.prose;

/**
 * A picture as prose shows it: {@code ![](image:id)} alone in a paragraph becomes a figure with these attributes.
 *
 * @param srcset every stored width, as the attribute wants it
 * @param alt empty for a decorative picture
 * @param caption the caption, credit and licence as one line, or empty
 */
public record ProseFigure(String src, String srcset, int width, int height, String alt, String caption) {
}
