package org.evidenz.source;

/**
 * A source as a page lists it: its number on that page (0 when unnumbered) and its Vancouver citation.
 */
public record Reference(int number, Source source, String citation) {

    /** The anchor that citation markers link to, e.g. {@code ref-3}. */
    public String anchor() {
        return "ref-" + number;
    }
}
