package org.evidenz.editorial.web;

import org.evidenz.editorial.accounts.AccountException;
import org.evidenz.editorial.accounts.User;
import org.evidenz.editorial.workflow.WorkflowException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Refusals in the editor become a page that says why, with the right status; never a stack trace. */
@ControllerAdvice(basePackageClasses = EditorErrors.class)
class EditorErrors {

    private final EditorPages pages;
    private final CurrentUser currentUser;

    EditorErrors(EditorPages pages, CurrentUser currentUser) {
        this.pages = pages;
        this.currentUser = currentUser;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return page(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage(), request, response, model);
    }

    @ExceptionHandler({WorkflowException.class, AccountException.class})
    ModelAndView refused(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(HttpStatus.CONFLICT, "That was not possible", e.getMessage(), request, response, model);
    }

    @ExceptionHandler(NoSuchItemException.class)
    ModelAndView notFound(NoSuchItemException e, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return page(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), request, response, model);
    }

    private ModelAndView page(HttpStatus status, String heading, String message, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        User user = currentUser.userOrNull();
        ModelAndView view = new ModelAndView("editorial/message");
        view.addObject("page", pages.page(heading, null, user, request, model));
        view.addObject("heading", heading);
        view.addObject("message", message);
        view.addObject("back", null);
        view.setStatus(status);
        return view;
    }
}
