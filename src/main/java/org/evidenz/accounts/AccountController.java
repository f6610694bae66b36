package org.evidenz.accounts;

import org.evidenz.shell.EditorScreens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** One's own account: roles, and changing one's password, which ends one's other sessions. */
@Controller
class AccountController {

    private final Accounts accounts;
    private final EditorScreens screens;

    AccountController(Accounts accounts, EditorScreens screens) {
        this.accounts = accounts;
        this.screens = screens;
    }

    @GetMapping("/editor/account")
    String show(User user, HttpServletRequest request, Model model) {
        return page(user, FieldProblem.NONE, request, model);
    }

    @PostMapping("/editor/account/password")
    String change(User user, @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String repeat,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        HttpSession session = request.getSession(false);
        try {
            accounts.changeOwnPassword(user, current, password, repeat, session == null ? null : session.getId());
        } catch (AccountException e) {
            response.setStatus(422);
            return page(user, new FieldProblem(e.field(), e.getMessage()), request, model);
        }
        EditorScreens.notice(redirect, "Your password is changed. Your other sessions, if you had any, were ended.");
        return "redirect:/editor/account";
    }

    private String page(User user, FieldProblem problem, HttpServletRequest request, Model model) {
        var page = screens.page("My account", "account", request, model);
        model.addAttribute("page", problem.message() == null ? page
                        : page.withError(problem.fieldId() == null ? problem.message()
                                : "Your password is not changed: please correct the field marked below."))
                .addAttribute("problem", problem)
                .addAttribute("minLength", PasswordPolicy.MIN_LENGTH).addAttribute("maxBytes",
                        PasswordPolicy.MAX_BYTES);
        return "accounts/account";
    }
}
