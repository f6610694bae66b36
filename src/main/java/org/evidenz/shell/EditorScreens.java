package org.evidenz.shell;

import java.util.Comparator;
import java.util.List;

import org.evidenz.site.Assets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * For every module's screens under {@code /editor}: the layout's model for the signed-in editor, and messages carried
 * across the redirect after a form (post/redirect/get). Render it with
 * {@code @template.shell.layout(page = page, content = ...)}; forms take {@code @template.shell.csrf(page = page)}.
 */
@Component
public class EditorScreens {

    private static final String NOTICE = "notice";
    private static final String ERROR = "error";

    private final SignedInEditors editors;
    private final List<EditorMenuEntry> menu;
    private final Assets assets;

    EditorScreens(SignedInEditors editors, List<EditorMenuEntry> menu, Assets assets) {
        this.editors = editors;
        this.menu = menu.stream().sorted(Comparator.comparingInt(EditorMenuEntry::order)).toList();
        this.assets = assets;
    }

    /** The layout of a screen titled {@code title}, {@code section} marking the current entry of the menu. */
    public EditorPage page(String title, String section, HttpServletRequest request, Model model) {
        SignedIn editor = editors.current().orElse(null);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Object notice = model.getAttribute(NOTICE);
        Object error = model.getAttribute(ERROR);
        List<EditorMenuEntry> visible = editor == null ? List.of()
                : menu.stream().filter(entry -> entry.visibleTo().test(editor)).toList();
        return new EditorPage(title, section, editor, visible, csrf, notice == null ? null : notice.toString(),
                error == null ? null : error.toString(), assets.url("/assets/css/evidenz.css"),
                assets.url("/assets/img/logo.svg"), assets.url("/assets/css/editor.css"),
                assets.url("/assets/js/editor.js"));
    }

    /** The e-mail address of the signed-in, enabled editor; refuses anyone else. */
    public String signedInEmail() {
        return signedIn().email();
    }

    /** Whether the signed-in editor holds {@code role}. */
    public boolean signedInHas(Role role) {
        return signedIn().has(role);
    }

    /** A success message shown on the next screen (post/redirect/get). */
    public static void notice(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute(NOTICE, message);
    }

    /** An error message shown on the next screen (post/redirect/get). */
    public static void error(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute(ERROR, message);
    }

    private SignedIn signedIn() {
        return editors.current()
                .orElseThrow(() -> new AccessDeniedException("Your account is disabled or no longer exists."));
    }
}
