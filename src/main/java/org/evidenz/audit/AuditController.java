package org.evidenz.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.evidenz.bundle.ItemKind;
import org.evidenz.shared.Paging;
import org.evidenz.shell.EditorPage;
import org.evidenz.shell.EditorScreens;
import org.evidenz.shell.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/** The audit log for administrators: filter by person, action, kind of item, item and date; newest first, paged. */
@Controller
class AuditController {

    private final AuditLog audit;
    private final EditorScreens screens;

    AuditController(AuditLog audit, EditorScreens screens) {
        this.audit = audit;
        this.screens = screens;
    }

    @GetMapping("/editor/audit")
    String audit(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String item, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request, Model model) {
        if (!screens.signedInHas(Role.ADMIN)) {
            throw new AccessDeniedException("The audit log is for administrators.");
        }
        EditorPage editorPage = screens.page("Audit log", "audit", request, model);
        AuditFilter filter;
        try {
            filter = new AuditFilter(blankToNull(actor),
                    actionName(blankToNull(action)),
                    blankToNull(kind) == null ? null : ItemKind.valueOf(kind), blankToNull(item),
                    blankToNull(from) == null ? null : LocalDate.parse(from).atStartOfDay().toInstant(ZoneOffset.UTC),
                    blankToNull(to) == null ? null
                            : LocalDate.parse(to).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            filter = AuditFilter.ALL;
            editorPage = editorPage.withError("The filter was not understood (dates as 2026-11-23); showing all "
                    + "entries.");
        }
        Paging paging = Paging.editorList(page, audit.count(filter));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("actor", actor);
        params.put("action", action);
        params.put("kind", kind);
        params.put("item", item);
        params.put("from", from);
        params.put("to", to);
        model.addAttribute("page", editorPage)
                .addAttribute("entries", audit.find(filter, paging))
                .addAttribute("paging", paging)
                .addAttribute("actions", audit.actions())
                .addAttribute("kinds", Arrays.stream(ItemKind.values()).map(Enum::name).toList())
                .addAttribute("filter", params)
                .addAttribute("link", (java.util.function.IntFunction<String>) number -> link(params, number));
        return "audit/audit";
    }

    private static String link(Map<String, String> params, int page) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/editor/audit");
        params.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                builder.queryParam(key, value);
            }
        });
        return builder.queryParam("page", page).encode().build().toUriString();
    }

    /** An action's name as the modules write them; anything else is not understood. */
    private static String actionName(String action) {
        if (action != null && !action.matches("[A-Z][A-Z_]{0,63}")) {
            throw new IllegalArgumentException("No such action");
        }
        return action;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
