package org.evidenz.editorial.web;

import java.util.ArrayList;
import java.util.List;

import org.evidenz.editorial.Role;
import org.evidenz.editorial.accounts.User;
import org.evidenz.editorial.planning.ReviewPlan;
import org.evidenz.editorial.planning.ReviewPlanning;
import org.evidenz.editorial.workflow.ReviewWorkflow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;

/** An external reviewer's list: the drafts assigned to them, and nothing else. */
@Controller
class ReviewsController {

    private final ReviewPlanning planning;
    private final ReviewWorkflow workflow;
    private final EditorPages pages;
    private final ReviewerPrivacy privacy;

    ReviewsController(ReviewPlanning planning, ReviewWorkflow workflow, EditorPages pages, ReviewerPrivacy privacy) {
        this.privacy = privacy;
        this.planning = planning;
        this.workflow = workflow;
        this.pages = pages;
    }

    @GetMapping("/editor/reviews")
    String reviews(User user, HttpServletRequest request, Model model) {
        if (!user.has(Role.EXTERNAL_REVIEWER)) {
            throw new AccessDeniedException("This list is for external reviewers.");
        }
        List<ReviewPlan> assigned = new ArrayList<>(privacy.shownTo(user, planning.plans().stream()
                .filter(p -> workflow.isAssigned(p.language(), p.articleId(), user)).toList()));
        model.addAttribute("page", pages.page("My reviews", "reviews", user, request, model))
                .addAttribute("plans", assigned);
        return "editorial/reviews";
    }
}
