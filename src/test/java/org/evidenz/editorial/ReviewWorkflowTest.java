package org.evidenz.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.evidenz.accounts.User;
import org.evidenz.article.ArticleReviews;
import org.evidenz.article.Articles;
import org.evidenz.audit.AuditEntry;
import org.evidenz.audit.AuditFilter;
import org.evidenz.audit.AuditLog;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.authoring.ItemEditor;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.workflow.ExternalReviews;
import org.evidenz.editorial.workflow.ReviewPolicies;
import org.evidenz.editorial.workflow.ReviewWorkflow;
import org.evidenz.editorial.workflow.ScheduledPublications;
import org.evidenz.editorial.workflow.WorkflowException;
import org.evidenz.editorial.workflow.WorkflowState;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.evidenz.support.AuditEntries;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.evidenz.support.FixedClock;
import org.evidenz.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/** Every step of an article's review, legal and illegal, and what readers see after each. */
@EditorialTest
class ReviewWorkflowTest {

    private static final Language EN = Language.EN;
    private static final String ARTICLE = "passive-treatments";
    private static final ItemKey ARTICLE_KEY = new ItemKey(ItemKind.ARTICLE, EN, ARTICLE);
    private static final String READER_PAGE = "/en/low-back-pain/passive-treatments";

    @Autowired
    Editorial editorial;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    ReviewPolicies policies;
    @Autowired
    ExternalReviews externalReviews;
    @Autowired
    ScheduledPublications publications;
    @Autowired
    ItemEditor editor;
    @Autowired
    ContentStore store;
    @Autowired
    AuditLog audit;
    @Autowired
    Articles articles;
    @Autowired
    ArticleReviews reviews;
    @LocalServerPort
    int port;

    User author;
    User reviewer;
    User secondReviewer;
    User external;
    User publisher;

    @BeforeEach
    void freshContentAndPeople() {
        editorial.resetContent();
        author = editorial.user("author", Role.AUTHOR);
        reviewer = editorial.user("reviewer", Role.SCIENTIFIC_REVIEWER);
        secondReviewer = editorial.user("reviewer-two", Role.SCIENTIFIC_REVIEWER, Role.AUTHOR);
        external = editorial.user("external", Role.EXTERNAL_REVIEWER);
        publisher = editorial.user("publisher", Role.PUBLISHER);
    }

    @Test
    void aFullRoundWithExternalReviewPublishesTheUpdateAndTellsReadersSo() {
        long auditBefore = audit.count(AuditFilter.ALL);
        editorial.editSummary(EN, ARTICLE, "A new summary written in the editor.", author);
        workflow.submit(EN, ARTICLE, author, "Please review the new summary.");
        workflow.approve(EN, ARTICLE, reviewer, "Looks right.");
        assertThat(state()).isEqualTo(WorkflowState.EXTERNAL_REVIEW);
        externalReviews.assign(EN, ARTICLE, reviewer, external.email());
        workflow.comment(EN, ARTICLE, external, "The second sentence could be plainer.");
        externalReviews.signOff(EN, ARTICLE, external, "Fine from my side.");
        externalReviews.complete(EN, ARTICLE, reviewer, null);
        assertThat(state()).isEqualTo(WorkflowState.APPROVED);
        assertThat(readerPage()).doesNotContain("A new summary written in the editor.");

        assertThat(workflow.publish(EN, ARTICLE, publisher, null)).isEqualTo(PublicationKind.UPDATED);

        assertThat(state()).isEqualTo(WorkflowState.PUBLISHED);
        String page = readerPage();
        assertThat(page).contains("A new summary written in the editor.")
                .contains("Reviewed by external experts before publication.")
                .contains("datetime=\"2026-11-23\"")
                .doesNotContain("Checked on");
        assertThat(articles.findAll(EN).stream().filter(a -> a.id().equals(ARTICLE)).findFirst().orElseThrow()
                .nextReview().toString()).isEqualTo("2029-11-23");

        List<String> trail = AuditEntries.newest(audit, AuditFilter.ALL).stream()
                .limit(audit.count(AuditFilter.ALL) - auditBefore).map(AuditEntry::action).toList().reversed();
        assertThat(trail).containsSubsequence(EditorialAction.ITEM_SAVED.name(),
                EditorialAction.WORKFLOW_TRANSITION.name(), EditorialAction.WORKFLOW_TRANSITION.name(),
                EditorialAction.REVIEWER_ASSIGNED.name(), EditorialAction.REVIEW_COMMENT.name(),
                EditorialAction.REVIEW_SIGNED_OFF.name(), EditorialAction.WORKFLOW_TRANSITION.name(),
                EditorialAction.PUBLISHED.name(),
                EditorialAction.WORKFLOW_TRANSITION.name());
        AuditEntry published = AuditEntries.newest(audit, new AuditFilter(null, EditorialAction.PUBLISHED.name(),
                null, null, null, null))
                .getFirst();
        assertThat(published.actor()).isEqualTo(publisher.email());
        assertThat(published.revision()).isEqualTo(store.find(ARTICLE_KEY).orElseThrow().publishedRevision());
    }

    @Test
    void aRoundWithoutChangesIsPublishedAsCheckedAndReadersSeeTheCheckDate() {
        policies.set(EN, ARTICLE, reviewer, false, 2, author.email());
        workflow.submit(EN, ARTICLE, author, "Checked against the new studies; nothing to change.");
        workflow.approve(EN, ARTICLE, reviewer, null);
        assertThat(state()).isEqualTo(WorkflowState.APPROVED);

        assertThat(workflow.publish(EN, ARTICLE, publisher, null)).isEqualTo(PublicationKind.CHECKED);

        String page = readerPage();
        assertThat(page).contains("Checked on November 23, 2026: no changes were needed.")
                .contains("datetime=\"2022-12-05\"")
                .doesNotContain("Reviewed by external experts");
        assertThat(articles.findAll(EN).stream().filter(a -> a.id().equals(ARTICLE)).findFirst().orElseThrow()
                .nextReview().toString()).isEqualTo("2028-11-23");
    }

    @Test
    void readersKeepSeeingThePublishedVersionWhileADraftIsInReview() {
        editorial.editSummary(EN, ARTICLE, "Draft summary under review.", author);
        workflow.submit(EN, ARTICLE, author, null);
        assertThat(readerPage()).doesNotContain("Draft summary under review.");
        assertThat(new Http(port).get("/api/v1/articles/en/low-back-pain/passive-treatments").body())
                .doesNotContain("Draft summary under review.");
        assertThat(new Http(port).get("/en/search?q=draft+summary+under+review").body())
                .doesNotContain("Draft summary under review.");
    }

    @Test
    void stepsOutOfOrderAreRefusedWithAMessageAndChangeNothing() {
        assertRefused(() -> workflow.approve(EN, ARTICLE, reviewer, null),
                "You cannot approve it while it is published");
        assertRefused(() -> workflow.publish(EN, ARTICLE, publisher, null),
                "You cannot publish it while it is published");
        assertRefused(() -> externalReviews.signOff(EN, ARTICLE, external, null), "sign off");
        assertRefused(() -> workflow.reopen(EN, ARTICLE, author), "reopen");
        workflow.submit(EN, ARTICLE, author, null);
        assertRefused(() -> workflow.submit(EN, ARTICLE, author, null), "send it to review");
        assertRefused(() -> externalReviews.complete(EN, ARTICLE, reviewer, null),
                "complete the external review");
        assertRefused(() -> workflow.sendBack(EN, ARTICLE, reviewer, "  "), "Please write a comment");
        assertThat(state()).isEqualTo(WorkflowState.IN_REVIEW);
    }

    @Test
    void eachStepNeedsItsRole() {
        assertThatThrownBy(() -> workflow.submit(EN, ARTICLE, reviewer, null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("AUTHOR");
        workflow.submit(EN, ARTICLE, author, null);
        assertThatThrownBy(() -> workflow.approve(EN, ARTICLE, author, null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("SCIENTIFIC_REVIEWER");
        assertThatThrownBy(() -> workflow.comment(EN, ARTICLE, external, "not mine"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not assigned");
        workflow.approve(EN, ARTICLE, reviewer, null);
        assertThatThrownBy(() -> externalReviews.complete(EN, ARTICLE, publisher, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(state()).isEqualTo(WorkflowState.EXTERNAL_REVIEW);
    }

    @Test
    void whoSentAnArticleToReviewCannotApproveIt() {
        workflow.submit(EN, ARTICLE, secondReviewer, null);
        assertRefused(() -> workflow.approve(EN, ARTICLE, secondReviewer, null), "another scientific reviewer");
        workflow.approve(EN, ARTICLE, reviewer, null);
        assertThat(state()).isEqualTo(WorkflowState.EXTERNAL_REVIEW);
    }

    @Test
    void whoWroteARevisionInTheScopeCannotApproveItAlthoughSomebodyElseSentItToReview() {
        editTreatmentName("heat-cold", "Heat or cold (my wording)", secondReviewer);
        workflow.submit(EN, ARTICLE, author, null);

        assertRefused(() -> workflow.approve(EN, ARTICLE, secondReviewer, null), "treatments/en/heat-cold");
        assertThat(state()).isEqualTo(WorkflowState.IN_REVIEW);
        workflow.approve(EN, ARTICLE, reviewer, null);
        assertThat(state()).isEqualTo(WorkflowState.EXTERNAL_REVIEW);
    }

    @Test
    void whoWroteARevisionInTheScopeCannotCompleteItsExternalReview() {
        editTreatmentName("heat-cold", "Heat or cold (my wording)", secondReviewer);
        workflow.submit(EN, ARTICLE, author, null);
        workflow.approve(EN, ARTICLE, reviewer, null);
        externalReviews.assign(EN, ARTICLE, reviewer, external.email());
        externalReviews.signOff(EN, ARTICLE, external, null);

        assertRefused(() -> externalReviews.complete(EN, ARTICLE, secondReviewer, null),
                "treatments/en/heat-cold");
        assertThat(state()).isEqualTo(WorkflowState.EXTERNAL_REVIEW);
        externalReviews.complete(EN, ARTICLE, reviewer, null);
        assertThat(state()).isEqualTo(WorkflowState.APPROVED);
    }

    @Test
    void externalReviewCompletesOnlyAfterEveryAssignedExpertSignedOff() {
        workflow.submit(EN, ARTICLE, author, null);
        workflow.approve(EN, ARTICLE, reviewer, null);
        assertRefused(() -> externalReviews.complete(EN, ARTICLE, reviewer, null), "assign at least one");
        externalReviews.assign(EN, ARTICLE, reviewer, external.email());
        assertRefused(() -> externalReviews.complete(EN, ARTICLE, reviewer, null),
                "Still waiting for the sign-off of " + external.email());
        assertRefused(() -> externalReviews.assign(EN, ARTICLE, reviewer, author.email()),
                "is not an active external reviewer");
        externalReviews.signOff(EN, ARTICLE, external, null);
        assertRefused(() -> externalReviews.signOff(EN, ARTICLE, external, null), "signed off this review already");
        externalReviews.complete(EN, ARTICLE, reviewer, null);
        assertThat(state()).isEqualTo(WorkflowState.APPROVED);
    }

    @Test
    void sendingBackFromAnyReviewStepReturnsToDraftWithTheComment() {
        workflow.submit(EN, ARTICLE, author, null);
        workflow.sendBack(EN, ARTICLE, reviewer, "Cite the newer review for massage.");
        assertThat(state()).isEqualTo(WorkflowState.DRAFT);
        workflow.submit(EN, ARTICLE, author, null);
        workflow.approve(EN, ARTICLE, reviewer, null);
        workflow.sendBack(EN, ARTICLE, reviewer, "External expert found a problem.");
        assertThat(state()).isEqualTo(WorkflowState.DRAFT);
        policies.set(EN, ARTICLE, reviewer, false, 3, null);
        workflow.submit(EN, ARTICLE, author, null);
        workflow.approve(EN, ARTICLE, reviewer, null);
        workflow.sendBack(EN, ARTICLE, publisher, "Not before the guideline update.");
        assertThat(state()).isEqualTo(WorkflowState.DRAFT);
    }

    @Test
    void theArticleCannotChangeUnderItsReviewers() {
        workflow.submit(EN, ARTICLE, author, null);
        assertRefused(() -> editorial.editSummary(EN, ARTICLE, "Sneaked in during review.", author), "under review");
    }

    @Test
    void aChangeToATreatmentAfterSubmissionBlocksPublicationUntilReviewed() {
        policies.set(EN, ARTICLE, reviewer, false, 3, null);
        workflow.submit(EN, ARTICLE, author, null);
        workflow.approve(EN, ARTICLE, reviewer, null);
        editTreatmentName("acupuncture", "Acupuncture (needling)", author);
        assertRefused(() -> workflow.publish(EN, ARTICLE, publisher, null), "Changed since it was sent to review");
        assertThat(readerPage()).doesNotContain("Acupuncture (needling)");
    }

    @Test
    void aScheduledPublicationHappensWhenItsTimeHasCome() {
        policies.set(EN, ARTICLE, reviewer, false, 3, null);
        editorial.editSummary(EN, ARTICLE, "Scheduled summary.", author);
        workflow.submit(EN, ARTICLE, author, null);
        workflow.approve(EN, ARTICLE, reviewer, null);
        assertThat(workflow.publish(EN, ARTICLE, publisher, FixedClock.TODAY.plus(Duration.ofDays(2)))).isNull();
        assertThat(publications.publishDue(FixedClock.TODAY.plus(Duration.ofDays(1)))).isZero();
        assertThat(readerPage()).doesNotContain("Scheduled summary.");
        assertThat(publications.publishDue(FixedClock.TODAY.plus(Duration.ofDays(2)))).isEqualTo(1);
        assertThat(state()).isEqualTo(WorkflowState.PUBLISHED);
        assertThat(readerPage()).contains("Scheduled summary.");
    }

    @Test
    void archivingTakesTheArticleOffTheSiteAndReopeningStartsADraft() {
        workflow.archive(EN, ARTICLE, publisher, "Replaced by a new article.");
        assertThat(new Http(port).get(READER_PAGE).statusCode()).isEqualTo(404);
        workflow.reopen(EN, ARTICLE, author);
        assertThat(state()).isEqualTo(WorkflowState.DRAFT);
        assertThat(new Http(port).get(READER_PAGE).statusCode()).isEqualTo(404);
    }

    private void editTreatmentName(String id, String name, User by) {
        ItemKey key = new ItemKey(ItemKind.TREATMENT, EN, id);
        var stored = store.find(key).orElseThrow();
        Map<String, Object> fields = ItemFormat.map(store.item(key, stored.latestRevision()));
        fields.put("name", name);
        var reading = editor.save(key, ItemFormat.text(ItemKind.TREATMENT, fields), stored.lockVersion(), by, null);
        assertThat(reading.problems()).isEmpty();
    }

    private WorkflowState state() {
        return workflow.workflow(EN, ARTICLE).state();
    }

    private String readerPage() {
        return new Http(port).get(READER_PAGE).body();
    }

    private static void assertRefused(Runnable step, String message) {
        assertThatThrownBy(step::run).isInstanceOf(WorkflowException.class).hasMessageContaining(message);
    }

}
