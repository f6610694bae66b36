package org.evidenz.glossary;

/** A glossary term with its definition rendered, for the glossary pages. */
public record TermView(Term term, String definitionHtml, String href) {

    public String anchor() {
        return "term-" + term.slug();
    }
}
