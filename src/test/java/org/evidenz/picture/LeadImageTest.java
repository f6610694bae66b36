package org.evidenz.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.evidenz.accounts.User;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.authoring.ItemEditor;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.workflow.ReviewPolicies;
import org.evidenz.editorial.workflow.WorkflowState;
import org.evidenz.editorial.workflow.Workflows;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.evidenz.support.Http;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.TestPictures;
import org.evidenz.support.WorkflowScreen;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An article's lead image is shown at the top of the article, loaded at once; an article whose lead image has no
 * alt text in its language cannot be published until it has one.
 */
@EditorialTest
class LeadImageTest {

    private static final String WORKFLOW = "/editor/articles/en/passive-treatments/workflow";

    @Autowired
    Editorial editorial;
    @Autowired
    Workflows workflows;
    @Autowired
    ReviewPolicies policies;
    @Autowired
    ContentStore store;
    @Autowired
    ItemEditor editor;
    @LocalServerPort
    int port;

    User authorUser;
    EditorClient author;
    EditorClient reviewer;
    EditorClient publisher;

    @BeforeEach
    void signIn() {
        editorial.resetContent();
        authorUser = editorial.user("lead-author", Role.AUTHOR);
        User reviewerUser = editorial.user("lead-reviewer", Role.SCIENTIFIC_REVIEWER);
        author = new EditorClient(port).signedInAs(authorUser.email());
        reviewer = new EditorClient(port).signedInAs(reviewerUser.email());
        publisher = new EditorClient(port).signedInAs(editorial.user("lead-publisher", Role.PUBLISHER).email());
        policies.set(Language.EN, "passive-treatments", reviewerUser, false, 3, null);
    }

    @Test
    void theLeadImageIsShownAtTheTopOnceItHasAnAltTextInTheArticlesLanguage() {
        author.page("/editor/pictures");
        HttpResponse<String> uploaded = author.postBytes("/editor/pictures", List.of("id", "lead-drawing",
                "alt-de", "Eine Zeichnung", "credit", "Evidenz", "licence", "own work"), "file", "l.png",
                TestPictures.png(1000, 500));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        setLeadImage("lead-drawing");

        assertThat(publish()).isNotEqualTo(WorkflowState.PUBLISHED);
        assertThat(publisher.page(WORKFLOW).select(".notice-error").text())
                .contains("shows the picture lead-drawing, which has no alt text in English");

        assertThat(author.post("/editor/pictures/lead-drawing", List.of("alt-de", "Eine Zeichnung", "alt-en",
                "A drawing", "credit", "Evidenz", "licence", "own work")).statusCode()).isEqualTo(302);
        publisher.page(WORKFLOW);
        assertThat(publisher.post(WORKFLOW + "/publish", List.of()).statusCode()).isEqualTo(302);
        assertThat(workflows.find(Language.EN, "passive-treatments").orElseThrow().state())
                .isEqualTo(WorkflowState.PUBLISHED);

        Element img = new Http(port).page(ReaderPages.ARTICLE).selectFirst(".article-header figure.lead-picture img");
        assertThat(img).isNotNull();
        assertThat(img.attr("alt")).isEqualTo("A drawing");
        assertThat(img.attr("loading")).isEqualTo("eager");
        assertThat(img.attr("width")).isEqualTo("1000");
        assertThat(img.attr("srcset")).contains("480w", "960w", "1000w");
        assertThat(img.parent().selectFirst("figcaption").text()).isEqualTo("Evidenz, own work");
    }

    private void setLeadImage(String id) {
        ItemKey key = new ItemKey(ItemKind.ARTICLE, Language.EN, "passive-treatments");
        var stored = store.find(key).orElseThrow();
        Map<String, Object> fields = ItemFormat.map(store.item(key, stored.latestRevision()));
        fields.put("lead-image", id);
        assertThat(editor.save(key, ItemFormat.text(ItemKind.ARTICLE, fields), stored.lockVersion(), authorUser,
                "lead image").problems()).isEmpty();
    }

    private WorkflowState publish() {
        WorkflowScreen.publishThroughReview(author, reviewer, publisher, "en", "passive-treatments");
        return workflows.find(Language.EN, "passive-treatments").orElseThrow().state();
    }
}
