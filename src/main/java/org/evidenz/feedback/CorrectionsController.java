package org.evidenz.feedback;

import org.evidenz.shell.EditorScreens;
import org.evidenz.shell.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Correction tasks from reader feedback, for the authors who make them and the feedback team who asks for them.
 * A task shows the team's note; a reader's words only when the team chose to quote them.
 */
@Controller
class CorrectionsController {

    private final FeedbackInbox inbox;
    private final EditorScreens screens;

    CorrectionsController(FeedbackInbox inbox, EditorScreens screens) {
        this.inbox = inbox;
        this.screens = screens;
    }

    @GetMapping("/editor/corrections")
    String tasks(HttpServletRequest request, Model model) {
        allowed();
        model.addAttribute("page", screens.page("Corrections from feedback", "corrections", request, model))
                .addAttribute("tasks", inbox.tasks());
        return "feedback/corrections";
    }

    @PostMapping("/editor/corrections/{id}/done")
    String done(@PathVariable long id, RedirectAttributes redirect) {
        allowed();
        try {
            inbox.finishTask(id, screens.signedInEmail());
            EditorScreens.notice(redirect, "Marked as done.");
        } catch (FeedbackInbox.Refused e) {
            EditorScreens.error(redirect, e.getMessage());
        }
        return "redirect:/editor/corrections";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("page", screens.page("Not allowed", null, request, model))
                .addAttribute("heading", "Not allowed").addAttribute("message", e.getMessage())
                .addAttribute("back", null);
        return "shell/message";
    }

    private void allowed() {
        if (!screens.signedInHas(Role.AUTHOR) && !screens.signedInHas(Role.FEEDBACK_OFFICER)) {
            throw new AccessDeniedException("Corrections are for authors and the feedback team.");
        }
    }
}
