package org.evidenz.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * What the editor layout needs: the page title, who is signed in (null on the sign-in page), the menu entries they
 * may see, the CSRF token every form carries, and a message from the previous step.
 *
 * @param section the menu entry this screen belongs to
 */
public record EditorPage(String title, String section, SignedIn editor, List<EditorMenuEntry> menu, CsrfToken csrf,
        String notice, String error, String assetCss, String assetIcon, String assetEditorCss, String assetEditorJs) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneId.of("UTC"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public EditorPage {
        menu = List.copyOf(menu);
    }

    public boolean has(Role role) {
        return editor != null && editor.has(role);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public EditorPage withTitle(String newTitle) {
        return new EditorPage(newTitle, section, editor, menu, csrf, notice, error, assetCss, assetIcon,
                assetEditorCss, assetEditorJs);
    }

    public EditorPage withError(String message) {
        return new EditorPage(title, section, editor, menu, csrf, notice, message, assetCss, assetIcon,
                assetEditorCss, assetEditorJs);
    }
}
