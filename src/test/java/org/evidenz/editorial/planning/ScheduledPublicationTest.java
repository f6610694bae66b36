package org.evidenz.editorial.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.evidenz.accounts.User;
import org.evidenz.audit.AuditEntry;
import org.evidenz.audit.AuditFilter;
import org.evidenz.audit.AuditLog;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.EditorialAction;
import org.evidenz.editorial.PublicationKind;
import org.evidenz.editorial.authoring.ItemEditor;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.workflow.ArticleWorkflow;
import org.evidenz.editorial.workflow.ReviewPolicies;
import org.evidenz.editorial.workflow.ReviewRecords;
import org.evidenz.editorial.workflow.ReviewWorkflow;
import org.evidenz.editorial.workflow.ScheduledPublications;
import org.evidenz.editorial.workflow.WorkflowException;
import org.evidenz.editorial.workflow.WorkflowState;
import org.evidenz.shared.Language;
import org.evidenz.shell.Notifications;
import org.evidenz.shell.Role;
import org.evidenz.support.AuditEntries;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.evidenz.support.FixedClock;
import org.evidenz.support.Http;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Scheduled publication through the job that runs it every minute: it publishes exactly what was reviewed, or
 * nothing, and a refusal is shown, notified and audited once.
 */
@EditorialTest
class ScheduledPublicationTest {

    private static final String ARTICLE = "passive-treatments";
    private static final Instant DUE = FixedClock.TODAY.plus(Duration.ofDays(2));
    private static final String UNREVIEWED = "Heat cures cancer, stop your medication.";
    private static final ItemKey HEAT_COLD = new ItemKey(ItemKind.TREATMENT, Language.EN, "heat-cold");
    private static final AuditFilter REFUSALS = new AuditFilter(null,
            EditorialAction.SCHEDULED_PUBLICATION_REFUSED.name(), null,
            null, null, null);

    @Autowired
    Editorial editorial;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    ReviewPolicies policies;
    @Autowired
    ScheduledPublications publications;
    @Autowired
    ReviewRecords records;
    @Autowired
    ReviewPlanning planning;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditLog audit;
    @Autowired
    ContentStore store;
    @Autowired
    ItemEditor editor;
    @LocalServerPort
    int port;

    User author;
    User reviewer;
    User publisher;

    @BeforeEach
    void approvedAndScheduled() {
        editorial.resetContent();
        author = editorial.user("schedule-author", Role.AUTHOR);
        reviewer = editorial.user("schedule-reviewer", Role.SCIENTIFIC_REVIEWER);
        publisher = editorial.user("schedule-publisher", Role.PUBLISHER);
    }

    @Test
    void scheduledPublicationIsRefusedWhenTheScopeChangedAfterApproval() {
        approveAndSchedule(Language.EN);
        editTreatmentSummary(UNREVIEWED);
        assertThatThrownBy(() -> workflow.publish(Language.EN, ARTICLE, publisher, null))
                .as("publishing now is refused").isInstanceOf(WorkflowException.class)
                .hasMessageContaining("treatments/en/heat-cold");
        long refusalsBefore = audit.count(REFUSALS);

        jobAt(DUE).publishDue();

        assertThat(new Http(port).get("/en/low-back-pain/passive-treatments").body()).doesNotContain(UNREVIEWED);
        assertThat(new Http(port).get("/api/v1/articles/en/low-back-pain/passive-treatments").body())
                .doesNotContain(UNREVIEWED);
        assertThat(store.find(HEAT_COLD).orElseThrow().publishedRevision()).isEqualTo(1);
        ArticleWorkflow w = workflow.workflow(Language.EN, ARTICLE);
        assertThat(w.state()).isEqualTo(WorkflowState.APPROVED);
        assertThat(w.scheduledAt()).as("the schedule stays visible").isEqualTo(DUE);
        assertThat(w.scheduleRefusedAt()).isEqualTo(DUE);
        assertThat(w.scheduleRefusal()).contains("treatments/en/heat-cold");
        assertThat(records.publications(Language.EN, ARTICLE)).as("only the import").extracting(p -> p.kind())
                .containsExactly(PublicationKind.IMPORTED);

        assertThat(notifications.unread(publisher.email())).singleElement().satisfies(n -> {
            assertThat(n.message()).contains("Passive treatments for low back pain").contains("refused")
                    .contains("treatments/en/heat-cold");
            assertThat(n.link()).isEqualTo("/editor/articles/en/passive-treatments/workflow");
        });
        assertThat(audit.count(REFUSALS)).isEqualTo(refusalsBefore + 1);
        AuditEntry refusal = AuditEntries.newest(audit, REFUSALS).getFirst();
        assertThat(refusal.item()).isEqualTo(new ItemKey(ItemKind.ARTICLE, Language.EN, ARTICLE));
        assertThat(refusal.details()).contains(publisher.email()).contains("treatments/en/heat-cold");

        jobAt(DUE.plus(Duration.ofMinutes(1))).publishDue();
        jobAt(DUE.plus(Duration.ofMinutes(2))).publishDue();
        assertThat(notifications.unread(publisher.email())).as("notified once").hasSize(1);
        assertThat(audit.count(REFUSALS)).as("audited once").isEqualTo(refusalsBefore + 1);
        assertThat(workflow.workflow(Language.EN, ARTICLE).state()).isEqualTo(WorkflowState.APPROVED);

        EditorClient client = new EditorClient(port).signedInAs(publisher.email());
        Document page = client.page("/editor/articles/en/passive-treatments/workflow");
        assertThat(page.select(".schedule-refused").text()).contains("was refused")
                .contains("treatments/en/heat-cold");
        Document dashboard = client.page("/editor");
        assertThat(dashboard.select("section:has(#mine-heading)").text()).contains("Passive treatments")
                .contains("Scheduled publication refused").contains("treatments/en/heat-cold");
    }

    @Test
    void aRefusedScheduledPublicationIsSentBackAndAfterANewReviewTheReviewedTextIsPublished() {
        approveAndSchedule(Language.EN);
        editTreatmentSummary(UNREVIEWED);
        jobAt(DUE).publishDue();

        workflow.sendBack(Language.EN, ARTICLE, publisher, "The heat-cold summary changed after approval.");
        ArticleWorkflow draft = workflow.workflow(Language.EN, ARTICLE);
        assertThat(draft.scheduledAt()).isNull();
        assertThat(draft.scheduleRefusal()).isNull();
        editTreatmentSummary("Warmth or cold is applied to the painful area.");
        approveAndSchedule(Language.EN);

        jobAt(DUE).publishDue();

        assertThat(workflow.workflow(Language.EN, ARTICLE).state()).isEqualTo(WorkflowState.PUBLISHED);
        assertThat(store.find(HEAT_COLD).orElseThrow().publishedRevision()).isEqualTo(3);
    }

    @Test
    void aRefusedScheduledPublicationDoesNotHoldBackOrUndoTheOthersDueAtTheSameTime() {
        approveAndSchedule(Language.DE);
        approveAndSchedule(Language.EN);
        editTreatmentSummary(UNREVIEWED);

        jobAt(DUE).publishDue();

        assertThat(workflow.workflow(Language.DE, ARTICLE).state()).isEqualTo(WorkflowState.PUBLISHED);
        assertThat(records.publications(Language.DE, ARTICLE).getFirst().kind()).isEqualTo(PublicationKind.CHECKED);
        assertThat(workflow.workflow(Language.EN, ARTICLE).state()).isEqualTo(WorkflowState.APPROVED);
        assertThat(workflow.workflow(Language.EN, ARTICLE).scheduleRefusal()).contains("treatments/en/heat-cold");
        assertThat(records.publications(Language.EN, ARTICLE)).extracting(p -> p.kind())
                .containsExactly(PublicationKind.IMPORTED);
    }

    private void approveAndSchedule(Language language) {
        policies.set(language, ARTICLE, reviewer, false, 3, null);
        workflow.submit(language, ARTICLE, author, null);
        workflow.approve(language, ARTICLE, reviewer, null);
        assertThat(workflow.publish(language, ARTICLE, publisher, DUE)).isNull();
    }

    /** The job as the scheduler runs it, on a clock that says it is {@code at}. */
    private PlanningJobs jobAt(Instant at) {
        return new PlanningJobs(publications, planning, Clock.fixed(at, ZoneOffset.UTC));
    }

    private void editTreatmentSummary(String summary) {
        var stored = store.find(HEAT_COLD).orElseThrow();
        Map<String, Object> fields = ItemFormat.map(store.item(HEAT_COLD, stored.latestRevision()));
        fields.put("summary", summary);
        assertThat(editor.save(HEAT_COLD, ItemFormat.text(ItemKind.TREATMENT, fields), stored.lockVersion(), author,
                null).problems()).isEmpty();
    }
}
