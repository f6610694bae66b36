package org.evidenz.glossary;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.evidenz.prose.ProseRenderer;
import org.evidenz.prose.TermLink;
import org.evidenz.shared.Language;
import org.evidenz.site.ContentVersion;
import org.springframework.stereotype.Component;

/** The glossary as prose links it: each term's forms, its page and its definition as plain text for the tooltip. */
@Component
public class GlossaryLinks {

    private final Glossary glossary;
    private final ProseRenderer prose;
    private final ContentVersion version;
    private final Map<Key, List<TermLink>> cache = new ConcurrentHashMap<>();

    GlossaryLinks(Glossary glossary, ProseRenderer prose, ContentVersion version) {
        this.glossary = glossary;
        this.prose = prose;
        this.version = version;
    }

    /** Cached per {@link ContentVersion}: a definition edited in a new version is never linked in its old form. */
    public List<TermLink> links(Language language) {
        long current = version.current();
        cache.keySet().removeIf(key -> key.version() != current);
        return cache.computeIfAbsent(new Key(language, current), key -> glossary.findAll(language).stream()
                .map(term -> new TermLink(term.id(), term.forms(), href(term), prose.plainText(term.definition())))
                .toList());
    }

    public static String href(Term term) {
        return "/" + term.language().code() + "/glossary/" + term.slug();
    }

    private record Key(Language language, long version) {
    }
}
