package org.evidenz.search;

import java.util.List;

import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Topic;
import org.evidenz.shared.Language;
import org.evidenz.site.Page;
import org.evidenz.site.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The results page, {@code /en/search?q=…}: works without JavaScript, filters by type and topic, pages. */
@Controller
class SearchPagesController {

    private final Search search;
    private final PublishedArticles published;
    private final Pages pages;

    SearchPagesController(Search search, PublishedArticles published, Pages pages) {
        this.search = search;
        this.published = published;
        this.pages = pages;
    }

    @GetMapping("/{lang:" + Language.PATH_PATTERN + "}/search")
    String search(@PathVariable String lang, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String type, @RequestParam(required = false) String topic,
            @RequestParam(defaultValue = "1") String page, Model model) {
        Language language = Language.of(lang);
        List<Topic> topics = published.topics(language);
        // Filters from a hand-edited address are ignored rather than refused: the reader still gets results.
        String topicId = topics.stream().map(Topic::id).filter(id -> id.equals(topic)).findFirst().orElse(null);
        SearchRequest request = new SearchRequest(q, SearchType.fromCode(type).orElse(null), topicId,
                parsePage(page));
        SearchResults results = request.text().isEmpty() ? null : search.search(language, request);
        Page.Builder view = pages.section(language, "search").notIndexable();
        if (!request.text().isEmpty()) {
            view.title(pages.messages(language).t("search.title.query", request.text()));
        }
        model.addAttribute("page", view.build()).addAttribute("request", request).addAttribute("results", results)
                .addAttribute("topics", topics).addAttribute("links", new SearchLinks("/" + lang + "/search", request));
        return "search/search";
    }

    private static int parsePage(String page) {
        try {
            return Integer.parseInt(page);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
