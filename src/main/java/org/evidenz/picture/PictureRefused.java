package org.evidenz.picture;

/** An upload or a change that cannot be taken; the message says why, in words the editor understands. */
public class PictureRefused extends RuntimeException {

    PictureRefused(String message) {
        super(message);
    }
}
