package org.evidenz.editorial;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * For other modules' screens under {@code /editor/**} (the feedback inbox, the newsletter): the editor layout's
 * model for the signed-in person, and messages carried across the redirect after a form. Render it with
 * {@code @template.editorial.layout(page = page, content = ...)}; forms take {@code @template.editorial.csrf(page = page)}.
 */
public interface EditorScreens {

    /** The layout of a screen titled {@code title}, {@code section} marking the current item of the editor's menu. */
    EditorPage page(String title, String section, HttpServletRequest request, Model model);

    /** The e-mail address of the signed-in, enabled editor; refuses a disabled account. */
    String signedInEmail();

    /** Whether the signed-in editor holds {@code role}. */
    boolean signedInHas(Role role);

    /** A success message shown on the next screen (post/redirect/get). */
    static void notice(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("notice", message);
    }

    /** An error message shown on the next screen (post/redirect/get). */
    static void error(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("error", message);
    }
}
