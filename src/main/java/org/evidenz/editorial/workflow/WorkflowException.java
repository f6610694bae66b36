package org.evidenz.editorial.workflow;

/** A workflow step that is not allowed now; the message says why, for the person who tried it. */
public class WorkflowException extends RuntimeException {

    public WorkflowException(String message) {
        super(message);
    }
}
