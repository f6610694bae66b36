package org.evidenz.prose;

import java.util.function.Function;

import org.evidenz.shared.Language;

/**
 * Where prose finds the pictures it shows ({@code ![](image:id)}): answered by the picture library, so that the
 * modules that render prose need not know it.
 */
public interface ProseFigures {

    /** The picture with an id as a page in {@code language} shows it, or null when it cannot show it. */
    Function<String, ProseFigure> in(Language language);
}
