package org.evidenz.glossary;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.evidenz.prose.ProseRenderer;
import org.evidenz.prose.TermLink;
import org.evidenz.shared.ContentChanged;
import org.evidenz.shared.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** The glossary as prose links it: each term's forms, its page and its definition as plain text for the tooltip. */
@Component
public class GlossaryLinks {

    private final Glossary glossary;
    private final ProseRenderer prose;
    private final Map<Language, List<TermLink>> cache = new ConcurrentHashMap<>();

    GlossaryLinks(Glossary glossary, ProseRenderer prose) {
        this.glossary = glossary;
        this.prose = prose;
    }

    public List<TermLink> links(Language language) {
        return cache.computeIfAbsent(language, l -> glossary.findAll(l).stream()
                .map(term -> new TermLink(term.id(), term.forms(), href(term), prose.plainText(term.definition())))
                .toList());
    }

    public static String href(Term term) {
        return "/" + term.language().code() + "/glossary/" + term.slug();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ContentChanged event) {
        event.languages().forEach(cache::remove);
    }
}
