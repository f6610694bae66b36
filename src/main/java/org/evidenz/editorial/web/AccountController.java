package org.evidenz.editorial.web;

import org.evidenz.editorial.accounts.AccountException;
import org.evidenz.editorial.accounts.Accounts;
import org.evidenz.editorial.accounts.PasswordPolicy;
import org.evidenz.editorial.accounts.User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** One's own account: roles, and changing one's password. */
@Controller
class AccountController {

    private final Accounts accounts;
    private final EditorPages pages;

    AccountController(Accounts accounts, EditorPages pages) {
        this.accounts = accounts;
        this.pages = pages;
    }

    @GetMapping("/editor/account")
    String show(User user, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.page("My account", "account", user, request, model))
                .addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "editorial/account";
    }

    @PostMapping("/editor/account/password")
    String change(User user, @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String repeat,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        try {
            if (!password.equals(repeat)) {
                throw new AccountException("The two new passwords are not the same.");
            }
            accounts.changeOwnPassword(user, current, password);
        } catch (AccountException e) {
            response.setStatus(422);
            model.addAttribute("page", pages.page("My account", "account", user, request, model)
                    .withError(e.getMessage())).addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
            return "editorial/account";
        }
        EditorPages.notice(redirect, "Your password is changed.");
        return "redirect:/editor/account";
    }
}
