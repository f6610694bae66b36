package org.evidenz.picture;

/**
 * One stored width of a picture, named by its content hash: {@code /pictures/<name>} always answers the same bytes.
 */
public record PictureFile(String name, int width, int height, String mediaType) {

    public String url() {
        return PictureFileController.PATH + name;
    }
}
