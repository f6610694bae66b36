package org.evidenz.article;

import java.util.Set;

import org.evidenz.shared.Language;

/**
 * A page about the site rather than about a treatment, such as its methods or its privacy notice, at
 * {@code /{lang}/about/{slug}}.
 *
 * @param summary one plain sentence: the page's description and its line in the footer's list
 * @param body Markdown, rendered like an article's prose (citations, glossary links)
 */
public record AboutPage(Language language, String id, String slug, String title, String summary, String body) {

    /**
     * The ids the site links by name: the forms' consent text and the article's disclaimer link the page with that
     * id when it is published in the reader's language, and nothing when it is not. Slugs may differ by language.
     */
    public static final Set<String> WELL_KNOWN = Set.of("methods", "privacy", "imprint", "accessibility", "help");

    /** What marks text an operator has to replace, e.g. {@code [[to be filled in: postal address]]}. */
    public static final String PLACEHOLDER = "[[to be filled in";

    /** Whether the page still holds text an operator has to fill in. */
    public boolean hasPlaceholder() {
        return body.contains(PLACEHOLDER) || summary.contains(PLACEHOLDER) || title.contains(PLACEHOLDER);
    }
}
