package org.evidenz.source;

/**
 * An author of a source: a person ({@code family} and {@code given} initials, as in Vancouver style) or an
 * organisation ({@code literal}).
 */
public record Author(String family, String given, String literal) {

    public static Author person(String family, String given) {
        return new Author(family, given, null);
    }

    public static Author organisation(String name) {
        return new Author(null, null, name);
    }

    public boolean isOrganisation() {
        return literal != null;
    }
}
