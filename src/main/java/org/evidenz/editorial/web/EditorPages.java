package org.evidenz.editorial.web;

import org.evidenz.editorial.EditorPage;
import org.evidenz.editorial.accounts.User;
import org.evidenz.site.Assets;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** Builds {@link EditorPage}s and carries messages across the redirect after a form (post/redirect/get). */
@Component
class EditorPages {

    static final String NOTICE = "notice";
    static final String ERROR = "error";

    private final Assets assets;

    EditorPages(Assets assets) {
        this.assets = assets;
    }

    EditorPage page(String title, String section, User user, HttpServletRequest request, Model model) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Object notice = model.getAttribute(NOTICE);
        Object error = model.getAttribute(ERROR);
        return new EditorPage(title, section, user, csrf, notice == null ? null : notice.toString(),
                error == null ? null : error.toString(), assets.url("/assets/css/evidenz.css"),
                assets.url("/assets/img/logo.svg"), assets.url("/assets/css/editor.css"),
                assets.url("/assets/js/editor.js"));
    }

    static void notice(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute(NOTICE, message);
    }

    static void error(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute(ERROR, message);
    }
}
