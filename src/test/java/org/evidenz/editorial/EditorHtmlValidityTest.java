package org.evidenz.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.evidenz.accounts.User;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.authoring.ItemEditor;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.workflow.ReviewPolicies;
import org.evidenz.editorial.workflow.ReviewWorkflow;
import org.evidenz.editorial.workflow.ScheduledPublications;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.evidenz.support.FixedClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

import nu.validator.client.EmbeddedValidator;

/** The editor's screens are valid HTML too: people work in them all day, many with assistive technology. */
@EditorialTest
class EditorHtmlValidityTest {

    private static final List<String> PAGES = List.of("/editor", "/editor/content", "/editor/items/treatments?lang=en",
            "/editor/items/treatments/en/acupuncture", "/editor/items/treatments/en/acupuncture/history",
            "/editor/items/treatments/en/acupuncture/diff?from=1&to=1", "/editor/items/sources/shared/chou-2017",
            "/editor/items/guidelines/en/nvl-low-back-pain", "/editor/items/articles/en/passive-treatments",
            "/editor/items/findings/new?lang=en",
            "/editor/sources/import", "/editor/items/sources",
            "/editor/items/articles/new?lang=en", "/editor/articles/en/passive-treatments/workflow",
            "/editor/users", "/editor/audit", "/editor/account", "/editor/translations", "/editor/newsletter",
            "/editor/newsletter/new?lang=en&days=3650", "/editor/feedback",
            "/editor/feedback/summaries", "/editor/feedback/requests", "/editor/corrections",
            "/editor/items/pages?lang=en", "/editor/items/pages/en/privacy", "/editor/items/pages/new?lang=de",
            "/editor/pictures", "/editor/pictures/active-and-passive");

    @Autowired
    Editorial editorial;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    ReviewPolicies policies;
    @Autowired
    ScheduledPublications publications;
    @Autowired
    ContentStore store;
    @Autowired
    ItemEditor editor;
    @LocalServerPort
    int port;

    @Test
    void everyEditorScreenIsValidHtml() throws Exception {
        editorial.resetContent();
        User everything = editorial.user("validity", Role.values());
        EditorClient client = new EditorClient(port).signedInAs(everything.email());
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> problems = new ArrayList<>();
        List<String> pages = new ArrayList<>(PAGES);
        pages.add("/editor/login");
        client.page("/editor/newsletter/new?lang=en&days=3650");
        pages.add(client.post("/editor/newsletter", List.of("lang", "en", "days", "3650", "subject", "Validity",
                "intro", "An introduction.", "article", "passive-treatments")).headers().firstValue("Location")
                .orElseThrow().replaceFirst("^https?://[^/]+", ""));
        for (String path : pages) {
            problems.addAll(problems(validator, path, path.equals("/editor/login") ? new EditorClient(port).get(path)
                    : client.get(path)));
        }
        assertThat(problems).withFailMessage(() -> problems.stream().collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void aRefusedScheduledPublicationIsShownInValidHtml() throws Exception {
        editorial.resetContent();
        User author = editorial.user("validity-author", Role.AUTHOR);
        User reviewer = editorial.user("validity-reviewer", Role.SCIENTIFIC_REVIEWER);
        User publisher = editorial.user("validity-publisher", Role.PUBLISHER);
        Instant due = FixedClock.TODAY.plus(Duration.ofDays(1));
        policies.set(Language.EN, "passive-treatments", reviewer, false, 3, null);
        workflow.submit(Language.EN, "passive-treatments", author, null);
        workflow.approve(Language.EN, "passive-treatments", reviewer, null);
        workflow.publish(Language.EN, "passive-treatments", publisher, due);
        ItemKey heatCold = new ItemKey(ItemKind.TREATMENT, Language.EN, "heat-cold");
        var stored = store.find(heatCold).orElseThrow();
        Map<String, Object> fields = ItemFormat.map(store.item(heatCold, stored.latestRevision()));
        fields.put("summary", "Changed after approval.");
        assertThat(editor.save(heatCold, ItemFormat.text(ItemKind.TREATMENT, fields), stored.lockVersion(), author,
                null).problems()).isEmpty();
        publications.publishDue(due);

        EditorClient client = new EditorClient(port).signedInAs(publisher.email());
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/editor", "/editor/articles/en/passive-treatments/workflow")) {
            HttpResponse<String> response = client.get(path);
            assertThat(response.body()).as(path).contains("Scheduled publication refused");
            problems.addAll(problems(validator, path, response));
        }
        assertThat(problems).withFailMessage(() -> problems.stream().collect(Collectors.joining("\n"))).isEmpty();
    }

    private static List<String> problems(EmbeddedValidator validator, String path, HttpResponse<String> response)
            throws Exception {
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        String report = validator.validate(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        return JsonPath.<List<Map<String, Object>>>read(report, "$.messages[*]").stream()
                .filter(m -> "error".equals(m.get("type")) || "warning".equals(m.get("subType")))
                .map(m -> path + " line " + m.get("lastLine") + ": " + m.get("message")).toList();
    }
}
