package org.evidenz.editorial.accounts;

/** A refused account change, with a message for the person who asked for it and the field it concerns. */
public class AccountException extends RuntimeException {

    private final String field;

    public AccountException(String message) {
        this(null, message);
    }

    /** @param field the form field the message belongs next to ({@code email}, {@code password}, …), or null */
    public AccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs next to, or null when it concerns the whole form. */
    public String field() {
        return field;
    }
}
