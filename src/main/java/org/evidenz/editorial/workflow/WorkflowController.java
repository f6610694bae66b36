package org.evidenz.editorial.workflow;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.UnaryOperator;

import org.evidenz.accounts.User;
import org.evidenz.accounts.Users;
import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.PublicationKind;
import org.evidenz.editorial.authoring.DraftPreviews;
import org.evidenz.editorial.authoring.EditorPaths;
import org.evidenz.editorial.authoring.NoSuchItemException;
import org.evidenz.editorial.planning.ReviewPlan;
import org.evidenz.editorial.planning.ReviewPlanning;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.shared.Language;
import org.evidenz.shell.EditorScreens;
import org.evidenz.shell.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An article's review and publication: its state, whose turn it is, the steps the signed-in person may take,
 * comments, external reviewers, the policy and plan, and the history of the round and of publications. A refused
 * step comes back to this page with the reason.
 */
@Controller
class WorkflowController {

    private final ReviewWorkflow workflow;
    private final ExternalReviews externalReviews;
    private final ReviewPolicies policies;
    private final ReviewRecords records;
    private final ReviewPlanning planning;
    private final ContentStore store;
    private final Users users;
    private final EditorScreens screens;
    private final DraftPreviews drafts;
    private final ReviewerPrivacy privacy;
    private final WorkflowSubjects subjects;

    WorkflowController(ReviewWorkflow workflow, ExternalReviews externalReviews, ReviewPolicies policies,
            ReviewRecords records, ReviewPlanning planning, ContentStore store, Users users, EditorScreens screens,
            DraftPreviews drafts, ReviewerPrivacy privacy, WorkflowSubjects subjects) {
        this.subjects = subjects;
        this.externalReviews = externalReviews;
        this.policies = policies;
        this.drafts = drafts;
        this.privacy = privacy;
        this.workflow = workflow;
        this.records = records;
        this.planning = planning;
        this.store = store;
        this.users = users;
        this.screens = screens;
    }

    @GetMapping("/editor/articles/{lang}/{id}/workflow")
    String show(User user, @PathVariable String lang, @PathVariable String id, HttpServletRequest request,
            Model model) {
        Language language = EditorPaths.language(lang);
        requireMayRead(user, language, id);
        ArticleWorkflow w = find(language, id);
        ItemKey key = subjects.key(language, id);
        String title = subjects.title(language, id);
        boolean external = user.has(Role.EXTERNAL_REVIEWER) && !user.has(Role.AUTHOR)
                && !user.has(Role.SCIENTIFIC_REVIEWER) && !user.has(Role.PUBLISHER);
        UnaryOperator<String> shown = privacy.shownTo(user, language, id);
        ReviewPlan plan = planning.plan(w);
        model.addAttribute("page", screens.page(title, "content", request, model))
                .addAttribute("language", language).addAttribute("articleId", id).addAttribute("w", w)
                .addAttribute("plan", plan.withWhoseTurn(shown.apply(plan.whoseTurn())))
                .addAttribute("events", privacy.events(shown, records.events(language, id).reversed()))
                .addAttribute("assignments", privacy.assignments(shown, records.assignments(language, id)))
                .addAttribute("publications", records.publications(language, id))
                .addAttribute("pending", external ? List.of() : workflow.pendingChanges(language, id).stream()
                        .map(k -> new PendingChange(k.toString(), EditorPaths.path(k))).toList())
                .addAttribute("changedSince", workflow.changedSinceSubmission(language, id))
                .addAttribute("externalReviewers", !user.has(Role.SCIENTIFIC_REVIEWER) ? List.of()
                        : users.withRole(Role.EXTERNAL_REVIEWER).stream().map(User::email).toList())
                .addAttribute("authors", users.withRole(Role.AUTHOR).stream().map(User::email).toList())
                .addAttribute("itemPath", EditorPaths.path(key))
                .addAttribute("readOnlyExternal", external);
        return "editorial/workflow";
    }

    /** The draft as readers would see it, for everyone who may read it (external reviewers included). */
    @GetMapping("/editor/articles/{lang}/{id}/draft")
    String draft(User user, @PathVariable String lang, @PathVariable String id, Model model) {
        Language language = EditorPaths.language(lang);
        requireMayRead(user, language, id);
        find(language, id);
        ItemKey key = subjects.key(language, id);
        if (key.kind() == ItemKind.PAGE) {
            return drafts.render(((Item.PageItem) store.latest(key).orElseThrow()).page(), model);
        }
        return drafts.render(store.latestArticle(key.language(), key.id()).orElseThrow(), model);
    }

    @PostMapping("/editor/articles/{lang}/{id}/workflow/{step}")
    String step(User user, @PathVariable String lang, @PathVariable String id, @PathVariable String step,
            @RequestParam(required = false) String message, @RequestParam(required = false) String reviewer,
            @RequestParam(required = false) String publishAt, @RequestParam(required = false) String responsible,
            @RequestParam(required = false) String reviewCycleYears,
            @RequestParam(required = false) String requiresExternalReview, RedirectAttributes redirect) {
        Language language = EditorPaths.language(lang);
        requireMayRead(user, language, id);
        find(language, id);
        String back = "redirect:/editor/articles/" + language.code() + "/" + id + "/workflow";
        try {
            String done = switch (step) {
                case "submit" -> {
                    workflow.submit(language, id, user, message);
                    yield "Sent to scientific review.";
                }
                case "approve" -> {
                    workflow.approve(language, id, user, message);
                    yield "Approved.";
                }
                case "assign" -> {
                    externalReviews.assign(language, id, user, reviewer == null ? "" : reviewer);
                    yield "Assigned " + reviewer + ".";
                }
                case "comment" -> {
                    workflow.comment(language, id, user, message);
                    yield "Comment added.";
                }
                case "sign-off" -> {
                    externalReviews.signOff(language, id, user, message);
                    yield "Your review is signed off. Thank you.";
                }
                case "complete-external" -> {
                    externalReviews.complete(language, id, user, message);
                    yield "External review completed; the article is approved.";
                }
                case "send-back" -> {
                    workflow.sendBack(language, id, user, message);
                    yield "Sent back to draft.";
                }
                case "publish" -> {
                    PublicationKind kind = workflow.publish(language, id, user, parseTime(publishAt));
                    yield kind == null ? "Publication scheduled." : kind == PublicationKind.CHECKED
                            ? "Published as checked: readers see that it was checked and needed no change."
                            : "Published: readers see the new version now.";
                }
                case "archive" -> {
                    workflow.archive(language, id, user, message);
                    yield "Archived: readers no longer see the article.";
                }
                case "reopen" -> {
                    workflow.reopen(language, id, user);
                    yield "Reopened as a draft.";
                }
                case "policy" -> {
                    policies.set(language, id, user, requiresExternalReview != null,
                            parseYears(reviewCycleYears), responsible);
                    yield "Policy and plan saved.";
                }
                default -> throw new NoSuchItemException("There is no workflow step '" + step + "'.");
            };
            EditorScreens.notice(redirect, done);
        } catch (WorkflowException e) {
            EditorScreens.error(redirect, e.getMessage());
        }
        return back;
    }

    private Instant parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new WorkflowException("'" + text + "' is not a date and time such as 2027-01-15T09:00.");
        }
    }

    private static int parseYears(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new WorkflowException("The review cycle must be a whole number of years.");
        }
    }

    /**
     * Asked before the article is looked up, so that an external reviewer gets the same answer for an article not
     * assigned to them as for one that does not exist, and cannot learn which drafts exist.
     */
    private void requireMayRead(User user, Language language, String id) {
        if (!externalReviews.mayRead(language, id, user)) {
            throw new AccessDeniedException("This article is not assigned to you.");
        }
    }

    private ArticleWorkflow find(Language language, String id) {
        try {
            return workflow.workflow(language, id);
        } catch (WorkflowException e) {
            throw new NoSuchItemException(e.getMessage());
        }
    }

}
