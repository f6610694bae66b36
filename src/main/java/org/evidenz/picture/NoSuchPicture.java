package org.evidenz.picture;

import org.evidenz.shell.EditorRefusal;
import org.springframework.http.HttpStatus;

/** An editor asked for a picture that is not in the library. */
class NoSuchPicture extends EditorRefusal {

    NoSuchPicture(String id) {
        super("There is no picture " + id + ".", HttpStatus.NOT_FOUND);
    }
}
