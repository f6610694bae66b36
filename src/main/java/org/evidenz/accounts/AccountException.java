package org.evidenz.accounts;

import org.evidenz.shell.EditorRefusal;
import org.springframework.http.HttpStatus;

/** A refused account change, with a message for the person who asked for it and the field it concerns. */
public class AccountException extends EditorRefusal {

    private final String field;

    public AccountException(String message) {
        this(null, message);
    }

    /** @param field the form field the message belongs next to ({@code email}, {@code password}, …), or null */
    public AccountException(String field, String message) {
        super(message, HttpStatus.CONFLICT);
        this.field = field;
    }

    /** The form field the message belongs next to, or null when it concerns the whole form. */
    public String field() {
        return field;
    }
}
