package org.evidenz.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evidenz.accounts.User;
import org.evidenz.editorial.workflow.ExternalReviews;
import org.evidenz.editorial.workflow.ReviewWorkflow;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role against every editorial endpoint: each is either allowed (any answer but 403 and the sign-in page) or
 * forbidden (403), exactly as the table says. Without an account every endpoint sends to the sign-in page.
 */
@EditorialTest
class EditorAccessMatrixTest {

    private static final String ARTICLE = "/editor/articles/en/passive-treatments";
    private static final String TREATMENT = "/editor/items/treatments/en/acupuncture";

    /** An endpoint and the roles allowed to use it. */
    record Endpoint(String method, String path, List<String> form, Set<Role> allowed) {
    }

    private static final Set<Role> ALL = Set.of(Role.values());
    private static final Set<Role> CONTENT = Set.of(Role.AUTHOR, Role.SCIENTIFIC_REVIEWER, Role.PUBLISHER);
    private static final Set<Role> NEWSLETTER = Set.of(Role.AUTHOR, Role.PUBLISHER);
    /** The feedback inbox: what readers wrote is for the feedback team only. */
    private static final Set<Role> FEEDBACK = Set.of(Role.FEEDBACK_OFFICER);

    private static final List<Endpoint> ENDPOINTS = List.of(
            get("/editor", ALL),
            get("/editor/account", ALL),
            get("/editor/content", CONTENT),
            get("/editor/items/treatments?lang=en", CONTENT),
            get(TREATMENT, CONTENT),
            get(TREATMENT + "/history", CONTENT),
            get(TREATMENT + "/diff?from=1&to=1", CONTENT),
            get("/editor/items/articles/en/passive-treatments/preview", CONTENT),
            get("/editor/items/treatments/new?lang=en", Set.of(Role.AUTHOR)),
            get(ARTICLE + "/workflow", CONTENT),
            get(ARTICLE + "/draft", CONTENT),
            get("/editor/reviews", Set.of(Role.EXTERNAL_REVIEWER)),
            get("/editor/translations", CONTENT),
            post("/editor/translations/articles/de/passive-treatments/current", List.of(), Set.of(Role.AUTHOR)),
            get("/editor/users", Set.of(Role.ADMIN)),
            get("/editor/audit", Set.of(Role.ADMIN)),
            post(TREATMENT, List.of("_lockVersion", "0", "_baseRevision", "1", "name", ""), Set.of(Role.AUTHOR)),
            post("/editor/items/treatments/new?lang=en", List.of("id", ""), Set.of(Role.AUTHOR)),
            get("/editor/sources/import", Set.of(Role.AUTHOR)),
            post("/editor/sources/import", List.of("text", ""), Set.of(Role.AUTHOR)),
            post("/editor/sources/import/create", List.of("text", "", "entry", "1"), Set.of(Role.AUTHOR)),
            post(TREATMENT + "/restore", List.of("revision", "1", "_lockVersion", "0"), Set.of(Role.AUTHOR)),
            post(ARTICLE + "/workflow/comment", List.of("message", "A comment"), CONTENT),
            post(ARTICLE + "/workflow/publish", List.of(), Set.of(Role.PUBLISHER)),
            post(ARTICLE + "/workflow/approve", List.of(), Set.of(Role.SCIENTIFIC_REVIEWER)),
            post(ARTICLE + "/workflow/policy", List.of("reviewCycleYears", "3"), Set.of(Role.SCIENTIFIC_REVIEWER)),
            post("/editor/users", List.of("email", ""), Set.of(Role.ADMIN)),
            post("/editor/users/999999/enabled", List.of("enabled", "false"), Set.of(Role.ADMIN)),
            get("/editor/newsletter", NEWSLETTER),
            get("/editor/newsletter/new?lang=en&days=30", NEWSLETTER),
            post("/editor/newsletter", List.of("lang", "en", "subject", ""), NEWSLETTER),
            post("/editor/newsletter/999999/send", List.of(), Set.of(Role.PUBLISHER)),
            get("/editor/feedback", FEEDBACK),
            get("/editor/feedback?status=NEW&understandable=2", FEEDBACK),
            get("/editor/feedback/items/no-such-feedback", FEEDBACK),
            get("/editor/feedback/summaries", FEEDBACK),
            get("/editor/feedback/requests", FEEDBACK),
            post("/editor/feedback/requests", List.of("email", "someone@example.org"), FEEDBACK),
            post("/editor/feedback/requests/export", List.of("email", "someone@example.org"), FEEDBACK),
            post("/editor/feedback/requests/delete", List.of("email", "nobody@example.org"), FEEDBACK),
            post("/editor/feedback/items/no-such-feedback/status", List.of("status", "SPAM"), FEEDBACK),
            post("/editor/feedback/items/no-such-feedback/notes", List.of("text", "A note"), FEEDBACK),
            post("/editor/feedback/items/no-such-feedback/tasks", List.of("note", "Fix"), FEEDBACK),
            post("/editor/feedback/summaries", List.of("article", "en/passive-treatments", "text", ""), FEEDBACK),
            post("/editor/feedback/summaries/999999/publish", List.of("publish", "true"), FEEDBACK),
            get("/editor/corrections", Set.of(Role.AUTHOR, Role.FEEDBACK_OFFICER)),
            post("/editor/corrections/999999/done", List.of(), Set.of(Role.AUTHOR, Role.FEEDBACK_OFFICER)));

    @LocalServerPort
    int port;

    @Autowired
    Editorial editorial;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    ExternalReviews externalReviews;

    private final Map<Role, User> users = new EnumMap<>(Role.class);

    @BeforeEach
    void resetContent() {
        editorial.resetContent();
    }

    @Test
    void everyRoleReachesExactlyTheEndpointsItsWorkNeeds() {
        for (Role role : Role.values()) {
            users.put(role, editorial.user("matrix-" + role.name().toLowerCase(), role));
        }
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            EditorClient client = new EditorClient(port).signedInAs(users.get(role).email());
            for (Endpoint endpoint : ENDPOINTS) {
                HttpResponse<String> response = call(client, endpoint);
                boolean forbidden = response.statusCode() == 403;
                boolean expectedForbidden = !endpoint.allowed().contains(role);
                if (forbidden != expectedForbidden || response.statusCode() >= 500
                        || response.headers().firstValue("Location").orElse("").contains("/editor/login")) {
                    wrong.add(role + " " + endpoint.method() + " " + endpoint.path() + " → "
                            + response.statusCode() + " (expected " + (expectedForbidden ? "403" : "allowed") + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void withoutAnAccountEveryEndpointSendsToTheSignInPage() {
        EditorClient anonymous = new EditorClient(port);
        anonymous.page("/editor/login");
        for (Endpoint endpoint : ENDPOINTS) {
            HttpResponse<String> response = call(anonymous, endpoint);
            assertThat(response.statusCode()).as(endpoint.path()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(endpoint.path()).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/editor/login"));
        }
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        User author = editorial.user("csrf-author", Role.AUTHOR);
        EditorClient client = new EditorClient(port).signedInAs(author.email());
        HttpResponse<String> withToken = client.post(ARTICLE + "/workflow/comment", List.of("message", "ok"));
        assertThat(withToken.statusCode()).isEqualTo(302);
        EditorClient forged = new EditorClient(port).signedInAs(author.email());
        HttpResponse<String> response = forged.postWithoutToken(ARTICLE + "/workflow/comment",
                List.of("message", "forged"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void anExternalReviewerCannotTellAnArticleNotAssignedToThemFromOneThatDoesNotExist() {
        inExternalReviewWith(editorial.user("assigned-elsewhere", Role.EXTERNAL_REVIEWER));
        User prober = editorial.user("prober", Role.EXTERNAL_REVIEWER);
        EditorClient client = new EditorClient(port).signedInAs(prober.email());
        List<Endpoint> endpoints = new ArrayList<>(ENDPOINTS.stream().filter(e -> e.path().startsWith(ARTICLE))
                .toList());
        for (String step : List.of("submit", "approve", "assign", "sign-off", "complete-external", "send-back",
                "archive", "reopen", "no-such-step")) {
            endpoints.add(post(ARTICLE + "/workflow/" + step, List.of("message", "probe"), Set.of()));
        }
        List<String> telling = new ArrayList<>();
        for (Endpoint existing : endpoints) {
            Endpoint missing = new Endpoint(existing.method(), existing.path().replace(ARTICLE,
                    "/editor/articles/en/no-such-article"), existing.form(), existing.allowed());
            HttpResponse<String> toExisting = call(client, existing);
            HttpResponse<String> toMissing = call(client, missing);
            if (toExisting.statusCode() != 403 || toMissing.statusCode() != 403
                    || !withoutTokens(toExisting).equals(withoutTokens(toMissing))) {
                telling.add(existing.method() + " " + existing.path() + " → " + toExisting.statusCode()
                        + ", the same for a missing article → " + toMissing.statusCode());
            }
        }
        assertThat(telling).isEmpty();
    }

    @Test
    void anExternalReviewerSeesTheirOwnAddressButNotTheOtherExternalReviewersAddresses() {
        User me = editorial.user("reviewer-me", Role.EXTERNAL_REVIEWER);
        User other = editorial.user("reviewer-other", Role.EXTERNAL_REVIEWER);
        User scientific = inExternalReviewWith(me, other);
        workflow.comment(Language.EN, "passive-treatments", other, "My concerns are in the attached notes.");
        externalReviews.signOff(Language.EN, "passive-treatments", me, "Fine.");

        EditorClient client = new EditorClient(port).signedInAs(me.email());
        List<String> leaking = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            if (endpoint.method().equals("GET") && (endpoint.allowed().contains(Role.EXTERNAL_REVIEWER)
                    || endpoint.path().startsWith(ARTICLE))) {
                HttpResponse<String> response = client.get(endpoint.path());
                assertThat(response.statusCode()).as(endpoint.path()).isEqualTo(200);
                if (response.body().contains(other.email())) {
                    leaking.add(endpoint.path());
                }
            }
        }
        assertThat(leaking).isEmpty();
        Document page = client.page(ARTICLE + "/workflow");
        assertThat(page.select("#assign-heading + ul").text()).contains(me.email()).contains("external reviewer");
        assertThat(page.select(".events").text()).contains("external reviewer")
                .contains("My concerns are in the attached notes.");

        EditorClient editor = new EditorClient(port).signedInAs(scientific.email());
        assertThat(editor.get(ARTICLE + "/workflow").body()).contains(other.email()).contains(me.email());
    }

    /** The demo article in external review, with these external reviewers assigned; returns its reviewer. */
    private User inExternalReviewWith(User... externalReviewers) {
        User author = editorial.user("round-author", Role.AUTHOR);
        User scientific = editorial.user("round-reviewer", Role.SCIENTIFIC_REVIEWER);
        workflow.submit(Language.EN, "passive-treatments", author, null);
        workflow.approve(Language.EN, "passive-treatments", scientific, null);
        for (User external : externalReviewers) {
            externalReviews.assign(Language.EN, "passive-treatments", scientific, external.email());
        }
        return scientific;
    }

    /** The page without its CSRF tokens, which differ from one answer to the next. */
    private static String withoutTokens(HttpResponse<String> response) {
        Document document = Jsoup.parse(response.body());
        document.select("input[name=_csrf]").remove();
        return document.html();
    }

    private static HttpResponse<String> call(EditorClient client, Endpoint endpoint) {
        return endpoint.method().equals("GET") ? client.get(endpoint.path())
                : client.post(endpoint.path(), endpoint.form());
    }

    private static Endpoint get(String path, Set<Role> allowed) {
        return new Endpoint("GET", path, List.of(), allowed);
    }

    private static Endpoint post(String path, List<String> form, Set<Role> allowed) {
        return new Endpoint("POST", path, form, allowed);
    }
}
