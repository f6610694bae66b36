package org.evidenz.site;

/**
 * Nothing published exists at the requested address. Readers get the helpful 404 page, API clients an
 * {@code application/problem+json} response with this message as its detail.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
