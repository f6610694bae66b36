package org.evidenz.accounts.signin;

import org.evidenz.accounts.User;
import org.evidenz.shell.EditorPage;
import org.evidenz.shell.EditorScreens;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The sign-in form, and the page shown when a signed-in editor asks for something their roles do not allow. */
@Controller
class LoginController {

    private final EditorScreens screens;

    LoginController(EditorScreens screens) {
        this.screens = screens;
    }

    @GetMapping("/editor/login")
    String login(User user, HttpServletRequest request, Model model) {
        if (user != null) {
            return "redirect:/editor";
        }
        model.addAttribute("page", screens.page("Sign in", "login", request, model)).addAttribute("email", "")
                .addAttribute("emailProblem", null)
                .addAttribute("signedOut", request.getParameter("signed-out") != null);
        return "accounts/login";
    }

    /** The form again after a refused sign-in, forwarded here by {@link LoginFailure}. */
    @RequestMapping(LoginFailure.PATH)
    String refused(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(request.getAttribute(LoginFailure.STATUS) instanceof Integer status)) {
            return "redirect:/editor/login";
        }
        response.setStatus(status);
        EditorPage page = screens.page("Sign in", "login", request, model);
        Object message = request.getAttribute(LoginFailure.MESSAGE);
        Object emailProblem = request.getAttribute(LoginFailure.EMAIL_PROBLEM);
        model.addAttribute("page", message == null ? page : page.withError(message.toString()))
                .addAttribute("email", String.valueOf(request.getAttribute(LoginFailure.EMAIL)))
                .addAttribute("emailProblem", emailProblem == null ? null : emailProblem.toString())
                .addAttribute("signedOut", false);
        return "accounts/login";
    }

    @RequestMapping("/editor/forbidden")
    String forbidden(User user, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("page", screens.page("Not allowed", null, request, model))
                .addAttribute("heading", "Not allowed")
                .addAttribute("message", "Your roles do not allow this. If you need it for your work, ask an "
                        + "administrator.")
                .addAttribute("back", null);
        return "shell/message";
    }
}
