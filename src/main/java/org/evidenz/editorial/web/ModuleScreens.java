package org.evidenz.editorial.web;

import org.evidenz.editorial.EditorPage;
import org.evidenz.editorial.EditorScreens;
import org.evidenz.editorial.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletRequest;

/** {@link EditorScreens} for other modules, over the editor's own page builder and signed-in user. */
@Component
class ModuleScreens implements EditorScreens {

    private final EditorPages pages;
    private final CurrentUser currentUser;

    ModuleScreens(EditorPages pages, CurrentUser currentUser) {
        this.pages = pages;
        this.currentUser = currentUser;
    }

    @Override
    public EditorPage page(String title, String section, HttpServletRequest request, Model model) {
        return pages.page(title, section, currentUser.current(), request, model);
    }

    @Override
    public String signedInEmail() {
        return currentUser.current().email();
    }

    @Override
    public boolean signedInHas(Role role) {
        return currentUser.current().has(role);
    }
}
