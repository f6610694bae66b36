package org.evidenz.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.evidenz.editorial.workflow.WorkflowState;
import org.evidenz.editorial.workflow.Workflows;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.evidenz.support.Http;
import org.evidenz.support.WorkflowScreen;
import org.evidenz.support.TestPictures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A picture shown in prose, over real HTTP: readers get a figure with every width, its size, its alt text and its
 * caption with credit and licence; a text that shows a picture without alt text in the text's language, or one that
 * is not in the library, cannot be published until that is put right.
 */
@EditorialTest
class PicturesInProseTest {

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
        author = new EditorClient(port).signedInAs(editorial.user("prose-author", Role.AUTHOR).email());
        reviewer = new EditorClient(port).signedInAs(editorial.user("prose-reviewer", Role.SCIENTIFIC_REVIEWER)
                .email());
        publisher = new EditorClient(port).signedInAs(editorial.user("prose-publisher", Role.PUBLISHER).email());
        reader = new Http(port);
        author.page("/editor/pictures");
    }

    @Test
    void readersSeeTheFigureWithEveryWidthItsSizeAltTextAndCredit() {
        upload("methods-drawing-" + System.nanoTime() % 100000, "A drawing", "Eine Zeichnung");
        String id = lastUploaded;
        save("en", "methods", "How we work.\n\n![](image:" + id + ")\n\nMore text.");
        assertThat(publish("en", "methods")).isEqualTo(WorkflowState.PUBLISHED);

        Element img = reader.page("/en/about/methods").selectFirst("main figure.picture img");
        assertThat(img).isNotNull();
        assertThat(img.attr("alt")).isEqualTo("A drawing");
        assertThat(img.attr("width")).isEqualTo("1200");
        assertThat(img.attr("height")).isEqualTo("600");
        assertThat(img.attr("srcset")).contains("-480-", "480w", "-960-", "960w", "-1200-", "1200w");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("decoding")).isEqualTo("async");
        assertThat(reader.getBytes(img.attr("src")).statusCode()).isEqualTo(200);
        assertThat(img.parent().selectFirst("figcaption").text()).isEqualTo("Evidenz, CC BY 4.0");
    }

    @Test
    void aTextShowingAPictureWithoutAltTextInItsLanguageCannotBePublishedUntilItHasOne() {
        upload("english-only-" + System.nanoTime() % 100000, "A drawing", "");
        String id = lastUploaded;
        save("de", "methods", "So arbeiten wir.\n\n![](image:" + id + ")");

        assertThat(publish("de", "methods")).isNotEqualTo(WorkflowState.PUBLISHED);
        assertThat(publisher.page("/editor/articles/de/methods/workflow").select(".notice-error").text())
                .contains("shows the picture " + id + ", which has no alt text in German");
        assertThat(reader.page("/de/about/methoden").select("main img")).as("readers see the old page").isEmpty();

        HttpResponse<String> described = author.post("/editor/pictures/" + id, List.of("alt-en", "A drawing",
                "alt-de", "Eine Zeichnung", "credit", "Evidenz", "licence", "CC BY 4.0"));
        assertThat(described.statusCode()).isEqualTo(302);
        publisher.page("/editor/articles/de/methods/workflow");
        assertThat(publisher.post("/editor/articles/de/methods/workflow/publish", List.of()).statusCode())
                .isEqualTo(302);
        assertThat(workflows.find(Language.DE, "methods").orElseThrow().state()).isEqualTo(WorkflowState.PUBLISHED);
        assertThat(reader.page("/de/about/methoden").selectFirst("main figure img").attr("alt"))
                .isEqualTo("Eine Zeichnung");
    }

    @Test
    void aTextShowingAPictureThatIsNotInTheLibraryCannotBePublished() {
        save("en", "help", "See this:\n\n![](image:no-such-picture)");
        assertThat(publish("en", "help")).isNotEqualTo(WorkflowState.PUBLISHED);
        assertThat(publisher.page("/editor/articles/en/help/workflow").select(".notice-error").text())
                .contains("shows the picture no-such-picture, which is not in the picture library");
    }

    private String lastUploaded;

    private void upload(String id, String altEn, String altDe) {
        lastUploaded = id;
        HttpResponse<String> response = author.postBytes("/editor/pictures", List.of("id", id, "alt-en", altEn,
                "alt-de", altDe, "credit", "Evidenz", "licence", "CC BY 4.0"), "file", "d.png",
                TestPictures.png(1200, 600));
        assertThat(response.statusCode()).as(Jsoup.parse(response.body()).select(".notice-error").text())
                .isEqualTo(302);
    }

    private void save(String lang, String id, String body) {
        Document form = author.page("/editor/items/pages/" + lang + "/" + id);
        HttpResponse<String> saved = author.submit(form.selectFirst("form.item-form"), Map.of("body", body), "save");
        assertThat(saved.statusCode()).as(Jsoup.parse(saved.body()).select(".field-error, .notice-error").eachText()
                .toString()).isEqualTo(302);
    }

    /** Sends the page to review, has another person approve it and a publisher publish it; the state after. */
    private WorkflowState publish(String lang, String id) {
        WorkflowScreen.publishThroughReview(author, reviewer, publisher, lang, id);
        return workflows.find(Language.of(lang), id).orElseThrow().state();
    }
}
