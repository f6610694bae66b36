package org.evidenz.interop.lookup;

import org.springframework.http.HttpStatus;

/** A request the look-up cannot answer, with what the calling system's developer needs to put it right. */
class LookupProblem extends RuntimeException {

    private final HttpStatus status;

    LookupProblem(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    static LookupProblem badRequest(String detail) {
        return new LookupProblem(HttpStatus.BAD_REQUEST, detail);
    }

    HttpStatus status() {
        return status;
    }
}
