package org.evidenz.editorial.accounts;

/** A refused account change, with a message for the person who asked for it. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
