package org.evidenz.editorial.authoring;

import org.evidenz.shell.EditorRefusal;
import org.springframework.http.HttpStatus;

/** An editor address that names nothing. */
public class NoSuchItemException extends EditorRefusal {

    public NoSuchItemException(String message) {
        super(message, HttpStatus.NOT_FOUND);
    }
}
