package org.evidenz.article.web;

import org.evidenz.article.AboutPage;
import org.evidenz.article.PublishedArticles;
import org.evidenz.shared.Language;
import org.evidenz.site.NotFoundException;
import org.evidenz.site.Page;
import org.evidenz.site.PageSubject;
import org.evidenz.site.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /{lang}/about/{slug}}: a published page about the site, such as its methods or its privacy notice. */
@Controller
class AboutPagesController {

    private static final String LANG = "/{lang:" + Language.PATH_PATTERN + "}";

    private final PublishedArticles published;
    private final AboutPageViews views;
    private final Pages pages;

    AboutPagesController(PublishedArticles published, AboutPageViews views, Pages pages) {
        this.published = published;
        this.views = views;
        this.pages = pages;
    }

    @GetMapping(LANG + "/about/{slug}")
    String page(@PathVariable String lang, @PathVariable String slug, Model model) {
        Language language = Language.of(lang);
        AboutPage about = published.aboutPage(language, slug)
                .orElseThrow(() -> new NotFoundException("No page '" + slug + "' in " + lang + "."));
        Page page = pages.of(language)
                .title(about.title())
                .description(about.summary())
                .path(PublishedArticles.path(about))
                .translations(other -> published.aboutPagePath(other, about.id()))
                .crumbHome()
                .crumb(about.title(), null)
                .about(PageSubject.Kind.ABOUT, about.id())
                .build();
        model.addAttribute("page", page).addAttribute("about", views.view(about));
        return "article/about";
    }
}
