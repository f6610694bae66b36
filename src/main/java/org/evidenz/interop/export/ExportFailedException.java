package org.evidenz.interop.export;

/** The export cannot be written as asked; the message says why and what to do, for the operator who ran it. */
class ExportFailedException extends RuntimeException {

    ExportFailedException(String message) {
        super(message);
    }
}
