package org.evidenz.editorial.translation;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.evidenz.accounts.User;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.authoring.EditorPaths;
import org.evidenz.editorial.authoring.ItemLabel;
import org.evidenz.editorial.authoring.NoSuchItemException;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.shared.Paging;
import org.evidenz.shell.EditorScreens;
import org.evidenz.shell.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The translation status overview: every item of the original language against each translation, outdated ones
 * first, with the changes to translate and a way to record that a translation is up to date again.
 */
@Controller
class TranslationsController {

    private final Translations translations;
    private final ContentStore store;
    private final EditorScreens screens;

    TranslationsController(Translations translations, ContentStore store, EditorScreens screens) {
        this.translations = translations;
        this.store = store;
        this.screens = screens;
    }

    @GetMapping("/editor/translations")
    String overview(User user, @RequestParam(required = false) String state,
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request, Model model) {
        TranslationState wanted = parse(TranslationState.class, state);
        ItemKind wantedKind = kind == null || kind.isBlank() ? null : EditorPaths.kind(kind);
        List<ItemTranslation> all = translations.overview();
        Map<TranslationState, Long> counts = new EnumMap<>(TranslationState.class);
        all.forEach(s -> counts.merge(s.latest(), 1L, Long::sum));
        List<ItemTranslation> matching = all.stream()
                .filter(s -> wanted == null || s.latest() == wanted)
                .filter(s -> wantedKind == null || s.original().kind() == wantedKind)
                .sorted(Comparator.comparing((ItemTranslation s) -> s.latest().ordinal() == 0 ? 9
                        : s.latest().ordinal()))
                .toList();
        Paging paging = Paging.editorList(page, matching.size());
        List<TranslationRow> rows = paging.of(matching).stream().map(this::row).toList();
        String filter = (wanted == null ? "" : "&state=" + wanted.name())
                + (wantedKind == null ? "" : "&kind=" + wantedKind.plural());
        model.addAttribute("page", screens.page("Translations", "translations", request, model))
                .addAttribute("rows", rows).addAttribute("counts", counts).addAttribute("paging", paging)
                .addAttribute("link", (IntFunction<String>) number -> "/editor/translations?page=" + number + filter)
                .addAttribute("state", wanted == null ? "" : wanted.name())
                .addAttribute("kind", wantedKind == null ? "" : wantedKind.plural())
                .addAttribute("original", translations.originalLanguage())
                .addAttribute("mayLink", user.has(Role.AUTHOR));
        return "editorial/translations";
    }

    @PostMapping("/editor/translations/{kind}/{lang}/{id}/current")
    String markCurrent(User user, @PathVariable("kind") String kindName, @PathVariable String lang,
            @PathVariable String id, RedirectAttributes redirect) {
        if (!user.has(Role.AUTHOR)) {
            throw new AccessDeniedException("Recording a translation as up to date needs the role AUTHOR.");
        }
        ItemKey key = EditorPaths.key(kindName, lang, id);
        try {
            ItemTranslation status = translations.markCurrent(key, user.email());
            EditorScreens.notice(redirect, "Recorded: " + key + " revision " + status.translation().latestRevision()
                    + " translates " + translations.originalLanguage() + " revision " + status.originalReference()
                    + ". Readers see the change once this revision is published.");
        } catch (IllegalArgumentException refused) {
            EditorScreens.error(redirect, refused.getMessage());
        }
        return "redirect:/editor/translations";
    }

    private TranslationRow row(ItemTranslation status) {
        String label = store.latest(status.original()).map(item -> ItemLabel.of(ItemFormat.map(item)))
                .orElse(status.original().id());
        ItemKey translation = status.translationKey();
        Integer from = status.translatedRevision();
        String changes = from != null && status.latest() == TranslationState.OUTDATED
                ? EditorPaths.path(status.original()) + "/diff?from=" + from + "&to=" + status.originalReference()
                : null;
        return new TranslationRow(status, label, EditorPaths.singular(status.original().kind()),
                EditorPaths.path(status.original()), status.translation() == null ? null
                        : EditorPaths.path(translation), changes);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new NoSuchItemException("There is no translation state '" + value + "'.");
        }
    }
}
