package org.evidenz.article.web;

import org.evidenz.article.AboutPage;
import org.evidenz.glossary.GlossaryLinks;
import org.evidenz.prose.ProseContext;
import org.evidenz.prose.ProseFigures;
import org.evidenz.prose.ProseRenderer;
import org.evidenz.shared.Language;
import org.evidenz.site.Pages;
import org.evidenz.source.Bibliography;
import org.springframework.stereotype.Component;

/** A page about the site as readers see it: glossary terms linked, citations numbered, the sources listed. */
@Component
class AboutPageViews {

    private final ProseRenderer prose;
    private final GlossaryLinks glossary;
    private final Bibliography bibliography;
    private final Pages pages;
    private final ProseFigures pictures;

    AboutPageViews(ProseRenderer prose, GlossaryLinks glossary, Bibliography bibliography, Pages pages,
            ProseFigures pictures) {
        this.pictures = pictures;
        this.prose = prose;
        this.glossary = glossary;
        this.bibliography = bibliography;
        this.pages = pages;
    }

    AboutPageView view(AboutPage about) {
        Language language = about.language();
        ProseContext context = new ProseContext(glossary.links(language),
                pages.messages(language).t("citation.source"), pictures.in(language));
        String html = prose.renderPage(about.body(), context);
        return new AboutPageView(about, html, bibliography.numbered(context.citedSourceIds()));
    }
}
