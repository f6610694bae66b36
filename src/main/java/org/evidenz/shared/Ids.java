package org.evidenz.shared;

import java.util.regex.Pattern;

/** The format of stable ids and URL slugs: lower-case letters, digits and single hyphens. */
public final class Ids {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public static final int MAX_LENGTH = 100;

    private Ids() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH && FORMAT.matcher(candidate).matches();
    }
}
