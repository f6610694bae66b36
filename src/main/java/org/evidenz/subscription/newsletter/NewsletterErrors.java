package org.evidenz.subscription.newsletter;

import org.evidenz.shell.EditorScreens;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Refusals on the newsletter screens become an editor page that says why, with the right status. */
@ControllerAdvice(basePackageClasses = NewsletterErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NewsletterErrors {

    private final EditorScreens screens;

    NewsletterErrors(EditorScreens screens) {
        this.screens = screens;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return page(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage(), request, response, model);
    }

    @ExceptionHandler(NewsletterController.NoSuchIssue.class)
    ModelAndView notFound(RuntimeException e, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return page(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), request, response, model);
    }

    private ModelAndView page(HttpStatus status, String heading, String message, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        ModelAndView view = new ModelAndView("shell/message");
        view.addObject("page", screens.page(heading, "newsletter", request, model));
        view.addObject("heading", heading);
        view.addObject("message", message);
        view.addObject("back", "/editor/newsletter");
        view.setStatus(status);
        return view;
    }
}
