package org.evidenz.glossary;

import java.util.List;

import org.evidenz.shared.Language;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/glossary?lang=en}: every glossary term of a language, definitions as Markdown. */
@RestController
class GlossaryApiController {

    private final Glossary glossary;

    GlossaryApiController(Glossary glossary) {
        this.glossary = glossary;
    }

    @GetMapping("/api/v1/glossary")
    List<TermJson> glossary(@RequestParam Language lang) {
        return glossary.findAll(lang).stream()
                .map(t -> new TermJson(t.id(), t.slug(), t.term(), t.forms(), t.definition(), GlossaryLinks.href(t)))
                .toList();
    }

    record TermJson(String id, String slug, String term, List<String> forms, String definition, String url) {
    }
}
