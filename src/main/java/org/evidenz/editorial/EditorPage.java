package org.evidenz.editorial;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.evidenz.editorial.Role;
import org.evidenz.editorial.accounts.User;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What the editor layout needs: the page title, who is signed in (null on the sign-in page), the CSRF token every
 * form carries, and a message from the previous step.
 */
public record EditorPage(String title, String section, User user, CsrfToken csrf, String notice, String error,
        String assetCss, String assetIcon, String assetEditorCss, String assetEditorJs) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneId.of("UTC"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public boolean has(Role role) {
        return user != null && user.has(role);
    }

    public boolean mayBrowseContent() {
        return has(Role.AUTHOR) || has(Role.SCIENTIFIC_REVIEWER) || has(Role.PUBLISHER);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public EditorPage withTitle(String newTitle) {
        return new EditorPage(newTitle, section, user, csrf, notice, error, assetCss, assetIcon, assetEditorCss,
                assetEditorJs);
    }

    public EditorPage withError(String message) {
        return new EditorPage(title, section, user, csrf, notice, message, assetCss, assetIcon, assetEditorCss,
                assetEditorJs);
    }
}
