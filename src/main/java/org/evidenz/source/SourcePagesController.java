package org.evidenz.source;

import java.util.List;

import org.evidenz.shared.Language;
import org.evidenz.site.NotFoundException;
import org.evidenz.site.Page;
import org.evidenz.site.PageSubject;
import org.evidenz.site.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Every source readers can check: the list, and a page per source with its citation and links. */
@Controller
class SourcePagesController {

    private static final String LANG = "/{lang:" + Language.PATH_PATTERN + "}";

    private final Sources sources;
    private final Bibliography bibliography;
    private final Pages pages;

    SourcePagesController(Sources sources, Bibliography bibliography, Pages pages) {
        this.sources = sources;
        this.bibliography = bibliography;
        this.pages = pages;
    }

    @GetMapping(LANG + "/sources")
    String index(@PathVariable String lang, Model model) {
        Language language = Language.of(lang);
        List<Reference> references = sources.findAll().stream().map(bibliography::single)
                .sorted((a, b) -> a.citation().compareToIgnoreCase(b.citation()))
                .toList();
        Page page = pages.section(language, "sources")
                .about(PageSubject.Kind.SOURCES, null).build();
        model.addAttribute("page", page).addAttribute("references", references);
        return "source/sources";
    }

    @GetMapping(LANG + "/sources/{id}")
    String source(@PathVariable String lang, @PathVariable String id, Model model) {
        Language language = Language.of(lang);
        Source source = sources.findById(id)
                .orElseThrow(() -> new NotFoundException("No source '" + id + "'."));
        Page page = pages.inSection(language, "sources", source.title())
                .description(pages.messages(language).t("source.description"))
                .path("/" + lang + "/sources/" + source.id())
                .sameInEveryLanguage()
                .about(PageSubject.Kind.SOURCE, source.id())
                .build();
        model.addAttribute("page", page).addAttribute("reference", bibliography.single(source));
        return "source/source";
    }
}
