package org.evidenz.interop.api;

import org.evidenz.shared.Language;
import org.evidenz.site.ApiProperties;
import org.evidenz.site.Page;
import org.evidenz.site.Pages;
import org.evidenz.site.PublicAddress;
import org.evidenz.site.SiteProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /{lang}/developers}: what partners can reuse (read API, FHIR, Infobutton, CDS Hooks, feeds, sitemap), with
 * example requests, the licence as the operator states it and how to attribute.
 */
@Controller
class DevelopersPageController {

    private final Pages pages;
    private final SiteProperties site;
    private final PublicAddress address;
    private final ApiProperties api;

    DevelopersPageController(Pages pages, SiteProperties site, ApiProperties api, PublicAddress address) {
        this.address = address;
        this.pages = pages;
        this.site = site;
        this.api = api;
    }

    @GetMapping("/{lang:" + Language.PATH_PATTERN + "}/developers")
    String developers(@PathVariable String lang, Model model) {
        Language language = Language.of(lang);
        Page page = pages.section(language, "developers").build();
        model.addAttribute("page", page).addAttribute("base", address.baseUrl()).addAttribute("api", api);
        return "interop/developers";
    }
}
