package org.evidenz.shell;

import org.springframework.http.HttpStatus;

/**
 * A step an editor asked for that cannot be taken now. The message says why, in words the editor understands; the
 * editor sees it on a page with the status given here, never as a stack trace.
 */
public abstract class EditorRefusal extends RuntimeException {

    private final HttpStatus status;

    protected EditorRefusal(String message, HttpStatus status) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
