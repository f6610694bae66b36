package org.evidenz.glossary;

import java.util.List;

import org.evidenz.shared.Language;
import org.evidenz.site.ApiPage;
import org.evidenz.site.ApiPaging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/glossary?lang=en}: a language's glossary terms, a page at a time, definitions as Markdown. */
@RestController
class GlossaryApiController {

    private final Glossary glossary;

    GlossaryApiController(Glossary glossary) {
        this.glossary = glossary;
    }

    @GetMapping("/api/v1/glossary")
    ApiPage<TermJson> glossary(@RequestParam Language lang, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return ApiPaging.page(glossary.findAll(lang).stream()
                .map(t -> new TermJson(t.id(), t.slug(), t.term(), t.forms(), t.definition(), GlossaryLinks.href(t)))
                .toList(), page, size);
    }

    record TermJson(String id, String slug, String term, List<String> forms, String definition, String url) {
    }
}
