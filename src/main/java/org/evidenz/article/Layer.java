package org.evidenz.article;

import java.util.Arrays;
import java.util.Optional;

/**
 * How deep a section goes. Readers get the short answer first, then the details, then what the studies say and
 * how sure we can be.
 */
public enum Layer {

    SHORT_ANSWER("short-answer"),
    DETAILS("details"),
    STUDIES("studies");

    private final String code;

    Layer(String code) {
        this.code = code;
    }

    /** The name used in content bundles and as a CSS class. */
    public String code() {
        return code;
    }

    public static Optional<Layer> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
