package org.evidenz.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidenz.accounts.User;
import org.evidenz.editorial.planning.ReviewPlan;
import org.evidenz.editorial.planning.ReviewPlanning;
import org.evidenz.editorial.workflow.ReviewPolicies;
import org.evidenz.editorial.workflow.ReviewWorkflow;
import org.evidenz.shared.Language;
import org.evidenz.shell.Notifications;
import org.evidenz.shell.Role;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Review planning: the overdue demo article, whose turn it is, and reminders that are sent once. */
@EditorialTest
class ReviewPlanningTest {

    @Autowired
    Editorial editorial;
    @Autowired
    ReviewPlanning planning;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    ReviewPolicies policies;
    @Autowired
    Notifications notifications;
    @LocalServerPort
    int port;

    @BeforeEach
    void freshContent() {
        editorial.resetContent();
    }

    @Test
    void theDemoArticleIsOverdueAndItIsTheAuthorsTurn() {
        ReviewPlan plan = planning.plans().stream().filter(p -> p.articleId().equals("passive-treatments"))
                .findFirst().orElseThrow();
        assertThat(plan.overdue()).isTrue();
        assertThat(plan.dueSoon()).isFalse();
        assertThat(plan.nextReview().toString()).isEqualTo("2025");
        assertThat(plan.whoseTurn()).isEqualTo("authors");
    }

    @Test
    void theResponsibleAuthorIsRemindedOnceAndSeesItOnTheDashboard() {
        User reviewer = editorial.user("planning-reviewer", Role.SCIENTIFIC_REVIEWER);
        User author = editorial.user("planning-author", Role.AUTHOR);
        for (Language language : Language.values()) {
            policies.set(language, "passive-treatments", reviewer, true, 3, author.email());
        }

        assertThat(planning.remind()).as("one reminder per language edition").isEqualTo(2);
        assertThat(planning.remind()).isZero();

        assertThat(notifications.unread(author.email())).hasSize(2)
                .allSatisfy(n -> assertThat(n.message()).contains("was due 2025"))
                .extracting(n -> n.link()).containsExactlyInAnyOrder(
                        "/editor/articles/en/passive-treatments/workflow",
                        "/editor/articles/de/passive-treatments/workflow");
        EditorClient client = new EditorClient(port).signedInAs(author.email());
        Document dashboard = client.page("/editor");
        assertThat(dashboard.select(".notifications").text()).contains("Passive treatments for low back pain");
        assertThat(dashboard.select("section:has(#mine-heading)").text()).contains("Passive treatments")
                .contains(author.email());

        client.post(dashboard.selectFirst(".notifications form").attr("action"), java.util.List.of());
        assertThat(notifications.unread(author.email())).hasSize(1);
    }

    @Test
    void withoutAResponsibleAuthorEveryAuthorIsReminded() {
        User first = editorial.user("any-author-one", Role.AUTHOR);
        User second = editorial.user("any-author-two", Role.AUTHOR);
        planning.remind();
        assertThat(notifications.unread(first.email())).as("German and English edition").hasSize(2);
        assertThat(notifications.unread(second.email())).hasSize(2);
    }
}
