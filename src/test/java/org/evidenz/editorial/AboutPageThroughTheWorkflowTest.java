package org.evidenz.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.evidenz.accounts.User;
import org.evidenz.editorial.workflow.WorkflowState;
import org.evidenz.editorial.workflow.Workflows;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.evidenz.support.Http;
import org.evidenz.support.WorkflowScreen;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page about the site goes the way an article goes, over real HTTP: written in the editor from nothing, reviewed by
 * someone else, published, and only then seen by readers, in both languages; a change reaches them only once it is
 * published in turn. And editors are warned while a published page still holds a placeholder.
 */
@EditorialTest
class AboutPageThroughTheWorkflowTest {

    @Autowired
    Editorial editorial;
    @Autowired
    Workflows workflows;
    @LocalServerPort
    int port;

    EditorClient author;
    EditorClient reviewer;
    EditorClient publisher;
    Http reader;

    @BeforeEach
    void signIn() {
        editorial.resetContent();
        User a = editorial.user("page-author", Role.AUTHOR);
        User r = editorial.user("page-reviewer", Role.SCIENTIFIC_REVIEWER);
        User p = editorial.user("page-publisher", Role.PUBLISHER);
        author = new EditorClient(port).signedInAs(a.email());
        reviewer = new EditorClient(port).signedInAs(r.email());
        publisher = new EditorClient(port).signedInAs(p.email());
        reader = new Http(port);
    }

    @Test
    void aNewPageReachesReadersInBothLanguagesOnlyOnceItIsReviewedAndPublished() {
        create("en", "contact", "contact", "Contact us", "Write to us about anything on this site.");
        create("de", "contact", "kontakt", "Kontakt", "Schreiben Sie uns zu allem auf dieser Website.");
        assertThat(workflows.find(Language.EN, "contact").orElseThrow().state()).isEqualTo(WorkflowState.DRAFT);

        assertThat(reader.get("/en/about/contact").statusCode()).as("a draft is not public").isEqualTo(404);
        assertThat(author.page("/editor/articles/en/contact/draft").select("main h1").text())
                .as("but editors can preview it").isEqualTo("Contact us");
        assertThat(footerLinks("/en/")).as("nor linked").doesNotContain("/en/about/contact");

        publish("en", "contact");
        assertThat(footerLinks("/en/")).contains("/en/about/contact");
        assertThat(reader.get("/de/about/kontakt").statusCode()).as("the German draft is not").isEqualTo(404);
        publish("de", "contact");

        Document english = reader.page("/en/about/contact");
        assertThat(english.select("main h1").text()).isEqualTo("Contact us");
        assertThat(english.select("main .prose").text()).contains("Write to us about anything on this site.");
        assertThat(english.select("link[rel=alternate][hreflang=de]").attr("href")).endsWith("/de/about/kontakt");
        Document german = reader.page("/de/about/kontakt");
        assertThat(german.select("main h1").text()).isEqualTo("Kontakt");
        assertThat(german.select("link[rel=alternate][hreflang=en]").attr("href")).endsWith("/en/about/contact");
        assertThat(footerLinks("/de/")).contains("/de/about/kontakt");
    }

    @Test
    void aChangedPageIsShownToReadersOnlyOnceTheChangeIsPublished() {
        Document form = author.page("/editor/items/pages/en/methods");
        HttpResponse<String> saved = author.submit(form.selectFirst("form.item-form"),
                Map.of("body", "Every page is checked by a second person before it is published."), "save");
        assertThat(saved.statusCode()).as(errors(saved)).isEqualTo(302);

        assertThat(reader.page("/en/about/methods").select("main .prose").text())
                .as("readers still see the published text").contains("Studies first, then text")
                .doesNotContain("checked by a second person");

        publish("en", "methods");
        assertThat(reader.page("/en/about/methods").select("main .prose").text())
                .isEqualTo("Every page is checked by a second person before it is published.");
        assertThat(reader.page("/de/about/methoden").select("main .prose").text())
                .as("the German page is its own item").contains("Erst die Studien, dann der Text");
    }

    @Test
    void theDashboardWarnsWhileAPublishedPageStillHoldsAPlaceholder() {
        assertThat(unfilledPages()).contains("Imprint (en)", "Impressum (de)", "Privacy notice (en)")
                .doesNotContain("How we produce and update our information (en)");

        Document form = author.page("/editor/items/pages/en/imprint");
        HttpResponse<String> saved = author.submit(form.selectFirst("form.item-form"),
                Map.of("body", "Evidenz Demo e.V., Musterstraße 1, 12345 Berlin. E-mail: team@example.org"), "save");
        assertThat(saved.statusCode()).as(errors(saved)).isEqualTo(302);
        assertThat(unfilledPages()).as("what readers see still has the placeholder").contains("Imprint (en)");

        publish("en", "imprint");
        assertThat(unfilledPages()).doesNotContain("Imprint (en)").contains("Impressum (de)");
    }

    @Test
    void aPageCannotTakeTheIdOfAnArticleWhoseWorkflowWouldBeItsOwn() {
        Document form = author.page("/editor/items/pages/new?lang=en");
        HttpResponse<String> refused = author.submit(form.selectFirst("form.item-form"), Map.of("id",
                "passive-treatments", "slug", "passive", "title", "Passive", "summary", "S.", "body", "Text."), "save");

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.getElementById(page.selectFirst("[name=id]").attr("aria-describedby")).text())
                .contains("duplicate article id 'passive-treatments'");
    }

    private void create(String lang, String id, String slug, String title, String body) {
        Document form = author.page("/editor/items/pages/new?lang=" + lang);
        HttpResponse<String> created = author.submit(form.selectFirst("form.item-form"), Map.of("id", id, "slug", slug,
                "title", title, "summary", title + ".", "body", body), "save");
        assertThat(created.statusCode()).as(errors(created)).isEqualTo(302);
    }

    /** Sends the page to review, has another person approve it and a publisher publish it, as the editor does. */
    private void publish(String lang, String id) {
        assertThat(WorkflowScreen.publishThroughReview(author, reviewer, publisher, lang, id).statusCode())
                .isEqualTo(302);
        assertThat(workflows.find(Language.of(lang), id).orElseThrow().state()).as(publisher.page(
                "/editor/articles/" + lang + "/" + id + "/workflow").select(".notice").text())
                .isEqualTo(WorkflowState.PUBLISHED);
    }

    private List<String> footerLinks(String path) {
        return reader.page(path).select("footer a").eachAttr("href");
    }

    private List<String> unfilledPages() {
        return author.page("/editor").select(".unfilled-pages li").eachText();
    }

    private static String errors(HttpResponse<String> response) {
        return "refused with " + Jsoup.parse(response.body()).select(".field-error, .notice-error").eachText();
    }
}
