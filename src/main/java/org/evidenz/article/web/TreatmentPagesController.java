package org.evidenz.article.web;

import java.util.List;

import org.evidenz.article.ArticleTranslations;
import org.evidenz.article.PublishedArticles;
import org.evidenz.glossary.GlossaryLinks;
import org.evidenz.prose.ProseContext;
import org.evidenz.shared.Language;
import org.evidenz.site.NotFoundException;
import org.evidenz.site.Page;
import org.evidenz.site.PageSubject;
import org.evidenz.site.Pages;
import org.evidenz.source.Bibliography;
import org.evidenz.source.Reference;
import org.evidenz.treatment.Treatment;
import org.evidenz.treatment.TreatmentCard;
import org.evidenz.treatment.TreatmentCards;
import org.evidenz.treatment.TreatmentKind;
import org.evidenz.treatment.TreatmentProfile;
import org.evidenz.treatment.TreatmentProfiles;
import org.evidenz.treatment.Treatments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Treatment pages: the list of treatments and one page per treatment, for treatments a published article presents. */
@Controller
class TreatmentPagesController {

    private static final String LANG = "/{lang:" + Language.PATH_PATTERN + "}";

    private final PublishedArticles published;
    private final Treatments treatments;
    private final TreatmentProfiles profiles;
    private final TreatmentCards cards;
    private final GlossaryLinks glossary;
    private final Bibliography bibliography;
    private final Pages pages;

    private final ArticleTranslations translations;

    TreatmentPagesController(PublishedArticles published, Treatments treatments, TreatmentProfiles profiles,
            TreatmentCards cards, GlossaryLinks glossary, Bibliography bibliography, Pages pages,
            ArticleTranslations translations) {
        this.translations = translations;
        this.published = published;
        this.treatments = treatments;
        this.profiles = profiles;
        this.cards = cards;
        this.glossary = glossary;
        this.bibliography = bibliography;
        this.pages = pages;
    }

    @GetMapping(LANG + "/treatments")
    String list(@PathVariable String lang, Model model) {
        Language language = Language.of(lang);
        List<Treatment> presented = treatments.findAllById(language, List.copyOf(published.treatmentIds(language)));
        Page page = pages.section(language, "treatments")
                .about(PageSubject.Kind.TREATMENTS, null).build();
        model.addAttribute("page", page)
                .addAttribute("passive", presented.stream().filter(t -> t.kind() == TreatmentKind.PASSIVE).toList())
                .addAttribute("active", presented.stream().filter(t -> t.kind() == TreatmentKind.ACTIVE).toList());
        return "article/treatments";
    }

    @GetMapping(LANG + "/treatments/{slug}")
    String treatment(@PathVariable String lang, @PathVariable String slug, Model model) {
        Language language = Language.of(lang);
        Treatment treatment = treatments.findBySlug(language, slug)
                .filter(t -> published.treatmentIds(language).contains(t.id()))
                .orElseThrow(() -> new NotFoundException("No published treatment '" + slug + "' in " + lang + "."));
        TreatmentProfile profile = profiles.of(language, treatment.id()).orElseThrow();
        ProseContext context = new ProseContext(glossary.links(language),
                pages.messages(language).t("citation.source"));
        TreatmentCard card = cards.render(profile, context);
        List<Reference> references = bibliography.numbered(context.citedSourceIds());
        List<ArticleLink> articles = published.presenting(language, treatment.id())
                .stream().map(a -> new ArticleLink(a,
                        PublishedArticles.path(published.topicOf(a), a) + "#treatment-" + treatment.id()))
                .toList();
        Page page = pages.inSection(language, "treatments", treatment.name())
                .description(treatment.summary())
                .path("/" + lang + "/treatments/" + treatment.slug())
                .translations(other -> treatments.findById(other, treatment.id())
                        .filter(t -> published.treatmentIds(other).contains(t.id()))
                        .map(t -> "/" + other.code() + "/treatments/" + t.slug()))
                .about(PageSubject.Kind.TREATMENT, treatment.id())
                .build();
        model.addAttribute("page", page).addAttribute("card", card).addAttribute("references", references)
                .addAttribute("articles", articles)
                .addAttribute("translation", translations.ofTreatment(language, treatment.id())
                        .flatMap(facts -> treatments.findById(facts.original(), treatment.id())
                                .filter(t -> published.treatmentIds(facts.original()).contains(t.id()))
                                .map(original -> new TranslationNote(facts.original(), "/" + facts.original().code()
                                        + "/treatments/" + original.slug(), null, facts.outdated())))
                        .orElse(null));
        // Readers compare the options of an article; the treatment's first article offers them.
        articles.stream().findFirst().ifPresent(link -> model
                .addAttribute("comparePath", link.path().substring(0, link.path().indexOf('#')) + "/compare")
                .addAttribute("compareOptions", published.treatmentProfiles(link.article()).stream()
                        .map(TreatmentProfile::treatment).toList()));
        return "article/treatment";
    }

}
