package org.evidenz.interop.lookup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.shared.Language;
import org.evidenz.site.Messages;
import org.evidenz.site.Pages;
import org.evidenz.site.PublicAddress;
import org.evidenz.site.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * The CDS Hooks cards of the patient-view service: one {@code info} card per published topic on a condition the
 * patient has, linking to its articles in the patient's language. Nothing we cover, no card.
 */
@Component
class PatientViewCards {

    /** The specification's limit: a "one-sentence, &lt;140-character summary". */
    static final int MAX_SUMMARY = 139;

    private final SiteProperties site;
    private final PublicAddress address;
    private final Pages pages;

    PatientViewCards(SiteProperties site, Pages pages, PublicAddress address) {
        this.address = address;
        this.site = site;
        this.pages = pages;
    }

    Map<String, Object> response(Language language, List<CoveredTopics.Coverage> found) {
        return Map.of("cards", found.stream().map(coverage -> card(language, coverage)).toList());
    }

    private Map<String, Object> card(Language language, CoveredTopics.Coverage coverage) {
        Messages m = pages.messages(language);
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("summary", summary(m, coverage.topic().title()));
        card.put("detail", coverage.topic().summary());
        card.put("indicator", "info");
        card.put("source", Map.of("label", site.name(), "url", address.baseUrl() + "/" + language.code() + "/"));
        card.put("links", coverage.articles().stream().limit(InfobuttonAnswer.MAX_ENTRIES)
                .map(article -> link(coverage, article)).toList());
        return card;
    }

    /** The summary with the topic's title, the title shortened if the sentence would pass the limit. */
    private static String summary(Messages m, String title) {
        String summary = m.t("lookup.card.summary", title);
        int over = summary.length() - MAX_SUMMARY;
        if (over <= 0) {
            return summary;
        }
        return m.t("lookup.card.summary", title.substring(0, Math.max(1, title.length() - over - 1)).strip() + "…");
    }

    private Map<String, Object> link(CoveredTopics.Coverage coverage, Article article) {
        return Map.of("label", article.title(), "type", "absolute",
                "url", address.baseUrl() + PublishedArticles.path(coverage.topic(), article));
    }
}
