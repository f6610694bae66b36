package org.evidenz.editorial.workflow;

import java.util.ArrayList;
import java.util.List;

import org.evidenz.accounts.User;
import org.evidenz.editorial.planning.ReviewPlan;
import org.evidenz.editorial.planning.ReviewPlanning;
import org.evidenz.shell.EditorScreens;
import org.evidenz.shell.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;

/** An external reviewer's list: the drafts assigned to them, and nothing else. */
@Controller
class ReviewsController {

    private final ReviewPlanning planning;
    private final ExternalReviews externalReviews;
    private final EditorScreens screens;
    private final ReviewerPrivacy privacy;

    ReviewsController(ReviewPlanning planning, ExternalReviews externalReviews, EditorScreens screens,
            ReviewerPrivacy privacy) {
        this.privacy = privacy;
        this.planning = planning;
        this.externalReviews = externalReviews;
        this.screens = screens;
    }

    @GetMapping("/editor/reviews")
    String reviews(User user, HttpServletRequest request, Model model) {
        if (!user.has(Role.EXTERNAL_REVIEWER)) {
            throw new AccessDeniedException("This list is for external reviewers.");
        }
        List<ReviewPlan> assigned = new ArrayList<>(privacy.shownTo(user, planning.plans().stream()
                .filter(p -> externalReviews.isAssigned(p.language(), p.articleId(), user)).toList()));
        model.addAttribute("page", screens.page("My reviews", "reviews", request, model))
                .addAttribute("plans", assigned);
        return "editorial/reviews";
    }
}
