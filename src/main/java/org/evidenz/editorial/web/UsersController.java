package org.evidenz.editorial.web;

import org.evidenz.editorial.EditorPage;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.evidenz.editorial.Role;
import org.evidenz.editorial.accounts.AccountException;
import org.evidenz.editorial.accounts.Accounts;
import org.evidenz.editorial.accounts.PasswordPolicy;
import org.evidenz.editorial.accounts.User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Accounts, for administrators: create, grant and take roles, set a password, disable and enable. */
@Controller
class UsersController {

    private final Accounts accounts;
    private final EditorPages pages;

    UsersController(Accounts accounts, EditorPages pages) {
        this.accounts = accounts;
        this.pages = pages;
    }

    @GetMapping("/editor/users")
    String list(User user, HttpServletRequest request, Model model) {
        return page(user, "", "", Set.of(), null, request, model);
    }

    @PostMapping("/editor/users")
    String create(User user, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
            @RequestParam(name = "roles", required = false) List<String> roles, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        Set<Role> chosen = roles(roles);
        try {
            User created = accounts.create(email, displayName, password, chosen, user);
            EditorPages.notice(redirect, "Created the account " + created.email() + ". Give them their password "
                    + "in person or by another channel than e-mail.");
            return "redirect:/editor/users";
        } catch (AccountException e) {
            response.setStatus(422);
            return page(user, email, displayName, chosen, e.getMessage(), request, model);
        }
    }

    @PostMapping("/editor/users/{id}/roles")
    String roles(User user, @PathVariable long id, @RequestParam(name = "roles", required = false) List<String> roles,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            accounts.setRoles(id, roles(roles), user);
            return "Roles saved.";
        });
    }

    @PostMapping("/editor/users/{id}/password")
    String password(User user, @PathVariable long id, @RequestParam(defaultValue = "") String password,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            accounts.setPassword(id, password, user);
            return "Password set; the person's sessions were ended.";
        });
    }

    @PostMapping("/editor/users/{id}/enabled")
    String enabled(User user, @PathVariable long id, @RequestParam(defaultValue = "false") boolean enabled,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            accounts.setEnabled(id, enabled, user);
            return enabled ? "Account enabled." : "Account disabled; the person's sessions were ended.";
        });
    }

    private String act(RedirectAttributes redirect, java.util.function.Supplier<String> change) {
        try {
            EditorPages.notice(redirect, change.get());
        } catch (AccountException e) {
            EditorPages.error(redirect, e.getMessage());
        }
        return "redirect:/editor/users";
    }

    private String page(User user, String email, String displayName, Set<Role> chosen, String error,
            HttpServletRequest request, Model model) {
        EditorPage page = pages.page("Accounts", "users", user, request, model);
        model.addAttribute("page", error == null ? page : page.withError(error))
                .addAttribute("users", accounts.all()).addAttribute("roles", List.of(Role.values()))
                .addAttribute("email", email).addAttribute("displayName", displayName)
                .addAttribute("chosen", chosen).addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "editorial/users";
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).forEach(roles::add);
            }
        }
        return roles;
    }
}
