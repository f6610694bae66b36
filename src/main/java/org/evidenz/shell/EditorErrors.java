package org.evidenz.shell;

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

/**
 * Refusals in the editor become a page that says why, with the right status; never a stack trace. Reader pages throw
 * neither exception, and a module's own advice for its package comes first.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class EditorErrors {

    private final EditorScreens screens;

    EditorErrors(EditorScreens screens) {
        this.screens = screens;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return page(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage(), request, response, model);
    }

    @ExceptionHandler(EditorRefusal.class)
    ModelAndView refused(EditorRefusal e, HttpServletRequest request, HttpServletResponse response, Model model) {
        String heading = e.status() == HttpStatus.NOT_FOUND ? "Not found" : "That was not possible";
        return page(e.status(), heading, e.getMessage(), request, response, model);
    }

    private ModelAndView page(HttpStatus status, String heading, String message, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        ModelAndView view = new ModelAndView("shell/message");
        view.addObject("page", screens.page(heading, null, request, model));
        view.addObject("heading", heading);
        view.addObject("message", message);
        view.addObject("back", null);
        view.setStatus(status);
        return view;
    }
}
