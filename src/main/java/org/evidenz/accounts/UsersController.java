package org.evidenz.accounts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.evidenz.shell.EditorPage;
import org.evidenz.shell.EditorScreens;
import org.evidenz.shell.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Accounts, for administrators: create, grant and take roles, set a password, disable and enable. A refused change
 * answers 422 with the page again, the reason next to the field it concerns.
 */
@Controller
class UsersController {

    private static final String CORRECT = "Nothing was changed: please correct the field marked below.";

    private final Accounts accounts;
    private final EditorScreens screens;

    UsersController(Accounts accounts, EditorScreens screens) {
        this.accounts = accounts;
        this.screens = screens;
    }

    @GetMapping("/editor/users")
    String list(User user, HttpServletRequest request, Model model) {
        return page(user, "", "", Set.of(), FieldProblem.NONE, request, model);
    }

    @PostMapping("/editor/users")
    String create(User user, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
            @RequestParam(name = "roles", required = false) List<String> roles, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        Set<Role> chosen = roles(roles);
        try {
            User created = accounts.create(email, displayName, password, chosen, user);
            EditorScreens.notice(redirect, "Created the account " + created.email() + ". Give them their password "
                    + "in person or by another channel than e-mail.");
            return "redirect:/editor/users";
        } catch (AccountException e) {
            response.setStatus(422);
            String field = e.field() == null ? null : switch (e.field()) {
                case "email" -> "new-email";
                case "displayName" -> "new-name";
                case "roles" -> "new-roles";
                default -> "new-password";
            };
            return page(user, email, displayName, chosen, new FieldProblem(field, e.getMessage()), request, model);
        }
    }

    @PostMapping("/editor/users/{id}/roles")
    String roles(User user, @PathVariable long id, @RequestParam(name = "roles", required = false) List<String> roles,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        return act(user, "roles-" + id, request, response, redirect, model, () -> {
            accounts.setRoles(id, roles(roles), user);
            return "Roles saved.";
        });
    }

    @PostMapping("/editor/users/{id}/password")
    String password(User user, @PathVariable long id, @RequestParam(defaultValue = "") String password,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        HttpSession session = request.getSession(false);
        return act(user, "pw-" + id, request, response, redirect, model, () -> {
            accounts.setPassword(id, password, user, session == null ? null : session.getId());
            return "Password set; the person's sessions were ended.";
        });
    }

    @PostMapping("/editor/users/{id}/enabled")
    String enabled(User user, @PathVariable long id, @RequestParam(defaultValue = "false") boolean enabled,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        return act(user, "enabled-" + id, request, response, redirect, model, () -> {
            accounts.setEnabled(id, enabled, user);
            return enabled ? "Account enabled." : "Account disabled; the person's sessions were ended.";
        });
    }

    /** One change to an account in the table; refused, the message goes next to the form's field. */
    private String act(User user, String fieldId, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model, Supplier<String> change) {
        try {
            EditorScreens.notice(redirect, change.get());
            return "redirect:/editor/users";
        } catch (AccountException e) {
            response.setStatus(422);
            return page(user, "", "", Set.of(), new FieldProblem(e.field() == null ? null : fieldId, e.getMessage()),
                    request, model);
        }
    }

    private String page(User user, String email, String displayName, Set<Role> chosen, FieldProblem problem,
            HttpServletRequest request, Model model) {
        EditorPage page = screens.page("Accounts", "users", request, model);
        if (problem.message() != null) {
            page = page.withError(problem.fieldId() == null ? problem.message() : CORRECT);
        }
        model.addAttribute("page", page)
                .addAttribute("users", accounts.all()).addAttribute("roles", List.of(Role.values()))
                .addAttribute("email", email).addAttribute("displayName", displayName)
                .addAttribute("chosen", chosen).addAttribute("problem", problem)
                .addAttribute("minLength", PasswordPolicy.MIN_LENGTH).addAttribute("maxBytes", PasswordPolicy.MAX_BYTES)
                .addAttribute("maxEmail", Users.MAX_EMAIL_LENGTH).addAttribute("maxName", Users.MAX_NAME_LENGTH);
        return "accounts/users";
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
