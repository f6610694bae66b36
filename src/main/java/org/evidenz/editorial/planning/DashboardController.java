package org.evidenz.editorial.planning;

import java.time.Clock;
import java.util.List;

import org.evidenz.accounts.User;
import org.evidenz.editorial.translation.TranslationState;
import org.evidenz.editorial.translation.Translations;
import org.evidenz.editorial.workflow.ExternalReviews;
import org.evidenz.editorial.workflow.ReviewerPrivacy;
import org.evidenz.editorial.workflow.WorkflowState;
import org.evidenz.shell.EditorScreens;
import org.evidenz.shell.Notifications;
import org.evidenz.shell.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletRequest;

/** The editor's start page: reviews overdue or due soon, whose turn it is, my tasks and my notifications. */
@Controller
class DashboardController {

    private final ReviewPlanning planning;
    private final ExternalReviews externalReviews;
    private final Notifications notifications;
    private final EditorScreens screens;
    private final Translations translations;
    private final ReviewerPrivacy privacy;
    private final Clock clock;
    private final UnfilledPages unfilled;

    DashboardController(ReviewPlanning planning, ExternalReviews externalReviews, Notifications notifications,
            EditorScreens screens, Translations translations, ReviewerPrivacy privacy, Clock clock,
            UnfilledPages unfilled) {
        this.unfilled = unfilled;
        this.privacy = privacy;
        this.translations = translations;
        this.planning = planning;
        this.externalReviews = externalReviews;
        this.notifications = notifications;
        this.screens = screens;
        this.clock = clock;
    }

    @GetMapping("/editor")
    String dashboard(User user, HttpServletRequest request, Model model) {
        List<ReviewPlan> visible = privacy.shownTo(user, planning.plans().stream()
                .filter(p -> externalReviews.mayRead(p.language(), p.articleId(), user)).toList());
        List<ReviewPlan> mine = visible.stream().filter(p -> isMyTurn(p, user)).toList();
        model.addAttribute("page", screens.page("Dashboard", "dashboard", request, model))
                .addAttribute("overdue", visible.stream().filter(ReviewPlan::overdue).toList())
                .addAttribute("dueSoon", visible.stream().filter(ReviewPlan::dueSoon).toList())
                .addAttribute("inProgress", visible.stream().filter(p -> p.state() != WorkflowState.PUBLISHED
                        && p.state() != WorkflowState.ARCHIVED).toList())
                .addAttribute("mine", mine)
                .addAttribute("notifications", notifications.unread(user.email()))
                .addAttribute("dueSoonDays", ReviewPlanning.DUE_SOON_DAYS)
                .addAttribute("unfilledPages", unfilled.published())
                .addAttribute("outdatedTranslations", translations.overview().stream()
                        .filter(s -> s.latest() == TranslationState.OUTDATED).count());
        return "editorial/dashboard";
    }

    @PostMapping("/editor/notifications/{id}/read")
    String markRead(User user, @PathVariable long id) {
        notifications.markRead(user.email(), id, clock.instant());
        return "redirect:/editor";
    }

    private static boolean isMyTurn(ReviewPlan plan, User user) {
        String turn = plan.whoseTurn();
        return java.util.Arrays.asList(turn.split(", ")).contains(user.email())
                || turn.equals("authors") && user.has(Role.AUTHOR)
                || turn.equals("scientific reviewers") && user.has(Role.SCIENTIFIC_REVIEWER)
                || turn.equals("publishers") && user.has(Role.PUBLISHER);
    }
}
