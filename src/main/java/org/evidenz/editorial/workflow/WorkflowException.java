package org.evidenz.editorial.workflow;

import org.evidenz.shell.EditorRefusal;
import org.springframework.http.HttpStatus;

/** A workflow step that is not allowed now; the message says why, for the person who tried it. */
public class WorkflowException extends EditorRefusal {

    public WorkflowException(String message) {
        super(message, HttpStatus.CONFLICT);
    }
}
