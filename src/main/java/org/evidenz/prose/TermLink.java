package org.evidenz.prose;

import java.util.List;

/**
 * A glossary term as prose links it: the words that trigger the link, where the link goes, and the definition
 * shown on hover or focus.
 */
public record TermLink(String id, List<String> forms, String href, String definition) {

    public TermLink {
        forms = List.copyOf(forms);
    }
}
