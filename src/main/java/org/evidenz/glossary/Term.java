package org.evidenz.glossary;

import java.util.List;

import org.evidenz.shared.Language;

/**
 * A word a reader may not know, with a plain-language definition.
 *
 * @param forms the words that get linked to this term in prose, e.g. "infection" and "infections"
 * @param definition Markdown
 */
public record Term(Language language, String id, String slug, String term, List<String> forms, String definition) {

    public Term {
        forms = List.copyOf(forms);
    }
}
