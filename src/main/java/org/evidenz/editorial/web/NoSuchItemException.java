package org.evidenz.editorial.web;

/** An editor address that names nothing. */
class NoSuchItemException extends RuntimeException {

    NoSuchItemException(String message) {
        super(message);
    }
}
