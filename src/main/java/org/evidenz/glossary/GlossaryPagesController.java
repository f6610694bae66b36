package org.evidenz.glossary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenz.prose.ProseContext;
import org.evidenz.prose.ProseRenderer;
import org.evidenz.shared.Language;
import org.evidenz.site.NotFoundException;
import org.evidenz.site.Page;
import org.evidenz.site.PageSubject;
import org.evidenz.site.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The glossary: all terms A–Z, and a page per term (where inline term links lead without JavaScript). */
@Controller
class GlossaryPagesController {

    private static final String LANG = "/{lang:" + Language.PATH_PATTERN + "}";

    private final Glossary glossary;
    private final ProseRenderer prose;
    private final Pages pages;

    GlossaryPagesController(Glossary glossary, ProseRenderer prose, Pages pages) {
        this.glossary = glossary;
        this.prose = prose;
        this.pages = pages;
    }

    @GetMapping(LANG + "/glossary")
    String index(@PathVariable String lang, Model model) {
        Language language = Language.of(lang);
        ProseContext context = context(language);
        Map<String, List<TermView>> byLetter = new LinkedHashMap<>();
        for (Term term : glossary.findAll(language)) {
            byLetter.computeIfAbsent(letter(term.term(), language), k -> new ArrayList<>()).add(view(term, context));
        }
        Page page = pages.section(language, "glossary")
                .about(PageSubject.Kind.GLOSSARY, null).build();
        model.addAttribute("page", page).addAttribute("letters", byLetter);
        return "glossary/glossary";
    }

    @GetMapping(LANG + "/glossary/{slug}")
    String term(@PathVariable String lang, @PathVariable String slug, Model model) {
        Language language = Language.of(lang);
        Term term = glossary.findBySlug(language, slug)
                .orElseThrow(() -> new NotFoundException("No glossary term '" + slug + "' in " + lang + "."));
        Page page = pages.inSection(language, "glossary", term.term())
                .description(prose.plainText(term.definition()))
                .path(GlossaryLinks.href(term))
                .translations(other -> glossary.findById(other, term.id()).map(GlossaryLinks::href))
                .about(PageSubject.Kind.GLOSSARY_TERM, term.id())
                .build();
        model.addAttribute("page", page).addAttribute("term", view(term, context(language)));
        return "glossary/term";
    }

    /** What definitions are rendered with: no glossary links inside the glossary. */
    private ProseContext context(Language language) {
        return new ProseContext(List.of(), pages.messages(language).t("citation.source"));
    }

    private TermView view(Term term, ProseContext context) {
        return new TermView(term, prose.render(term.definition(), context), GlossaryLinks.href(term));
    }

    /** The index letter of a term: its first letter without accents, so "Ärzte" files under A. */
    static String letter(String term, Language language) {
        String first = term.substring(0, 1).toUpperCase(language.locale());
        String base = Normalizer.normalize(first, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return base.matches("\\p{L}") ? base : "0-9";
    }
}
