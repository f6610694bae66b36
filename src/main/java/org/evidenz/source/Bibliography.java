package org.evidenz.source;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** Builds a page's reference list from the source ids it cited, in citation order. */
@Component
public class Bibliography {

    private final Sources sources;
    private final CitationFormatter formatter;

    Bibliography(Sources sources, CitationFormatter formatter) {
        this.sources = sources;
        this.formatter = formatter;
    }

    /** Numbered 1, 2, … in the order given (the order of first citation). */
    public List<Reference> numbered(List<String> citedIds) {
        List<Reference> references = new ArrayList<>();
        for (Source source : sources.findAllById(citedIds)) {
            // The number stays the citation number even if a source were missing: markers must not point elsewhere.
            references.add(new Reference(citedIds.indexOf(source.id()) + 1, source, formatter.format(source)));
        }
        return references;
    }

    /** Unnumbered, e.g. sources consulted but not cited; those already in {@code exclude} are left out. */
    public List<Reference> unnumbered(List<String> ids, List<String> exclude) {
        return sources.findAllById(ids.stream().filter(id -> !exclude.contains(id)).toList()).stream()
                .map(source -> new Reference(0, source, formatter.format(source)))
                .toList();
    }

    public Reference single(Source source) {
        return new Reference(0, source, formatter.format(source));
    }
}
