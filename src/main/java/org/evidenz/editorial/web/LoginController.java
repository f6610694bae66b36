package org.evidenz.editorial.web;

import org.evidenz.editorial.EditorPage;
import org.evidenz.editorial.accounts.User;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** The sign-in form, and the page shown when a signed-in editor asks for something their roles do not allow. */
@Controller
class LoginController {

    private final EditorPages pages;

    LoginController(EditorPages pages) {
        this.pages = pages;
    }

    @GetMapping("/editor/login")
    String login(User user, HttpServletRequest request, Model model) {
        if (user != null) {
            return "redirect:/editor";
        }
        EditorPage page = pages.page("Sign in", "login", null, request, model);
        String email = "";
        HttpSession session = request.getSession(false);
        if (request.getParameter("error") != null && session != null) {
            Object message = session.getAttribute(LoginFailure.MESSAGE);
            Object typed = session.getAttribute(LoginFailure.EMAIL);
            session.removeAttribute(LoginFailure.MESSAGE);
            session.removeAttribute(LoginFailure.EMAIL);
            page = page.withError(message == null ? "Signing in did not work; please try again." : message.toString());
            email = typed == null ? "" : typed.toString();
        }
        model.addAttribute("page", page).addAttribute("email", email)
                .addAttribute("signedOut", request.getParameter("signed-out") != null);
        return "editorial/login";
    }

    @RequestMapping("/editor/forbidden")
    String forbidden(User user, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("page", pages.page("Not allowed", null, user, request, model))
                .addAttribute("heading", "Not allowed")
                .addAttribute("message", "Your roles do not allow this. If you need it for your work, ask an "
                        + "administrator.")
                .addAttribute("back", null);
        return "editorial/message";
    }
}
