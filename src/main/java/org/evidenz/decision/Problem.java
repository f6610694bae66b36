package org.evidenz.decision;

import java.util.List;

import org.evidenz.site.Messages;

/**
 * Something wrong with what the reader sent, as a message key and its arguments, told to them on the page. An
 * argument that is a {@link Key} is itself translated (the name of a form question, say).
 */
public record Problem(String key, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }

    public String text(Messages messages) {
        Object[] resolved = args.stream().map(a -> a instanceof Key k ? messages.t(k.key()) : a).toArray();
        return messages.t(key, resolved);
    }

    /** A message key given as an argument. */
    public record Key(String key) {
    }
}
