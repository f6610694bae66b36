package org.evidenz.editorial.web;

import org.evidenz.editorial.EditorPage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.Role;
import org.evidenz.editorial.accounts.User;
import org.evidenz.editorial.AuditAction;
import org.evidenz.editorial.audit.AuditFilter;
import org.evidenz.editorial.audit.AuditLog;
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
    private final EditorPages pages;

    AuditController(AuditLog audit, EditorPages pages) {
        this.audit = audit;
        this.pages = pages;
    }

    @GetMapping("/editor/audit")
    String audit(User user, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String item, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request, Model model) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("The audit log is for administrators.");
        }
        EditorPage editorPage = pages.page("Audit log", "audit", user, request, model);
        AuditFilter filter;
        try {
            filter = new AuditFilter(blankToNull(actor),
                    blankToNull(action) == null ? null : AuditAction.valueOf(action),
                    blankToNull(kind) == null ? null : ItemKind.valueOf(kind), blankToNull(item),
                    blankToNull(from) == null ? null : LocalDate.parse(from).atStartOfDay().toInstant(ZoneOffset.UTC),
                    blankToNull(to) == null ? null
                            : LocalDate.parse(to).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            filter = AuditFilter.ALL;
            editorPage = editorPage.withError("The filter was not understood (dates as 2026-11-23); showing all "
                    + "entries.");
        }
        long total = audit.count(filter);
        int pagesTotal = (int) Math.max(1, (total + AuditLog.PAGE_SIZE - 1) / AuditLog.PAGE_SIZE);
        int current = Math.max(1, Math.min(page, pagesTotal));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("actor", actor);
        params.put("action", action);
        params.put("kind", kind);
        params.put("item", item);
        params.put("from", from);
        params.put("to", to);
        model.addAttribute("page", editorPage)
                .addAttribute("entries", audit.find(filter, current))
                .addAttribute("total", total).addAttribute("current", current).addAttribute("pages", pagesTotal)
                .addAttribute("actions", Arrays.stream(AuditAction.values()).map(Enum::name).toList())
                .addAttribute("kinds", Arrays.stream(ItemKind.values()).map(Enum::name).toList())
                .addAttribute("filter", params)
                .addAttribute("previous", link(params, current - 1))
                .addAttribute("next", link(params, current + 1));
        return "editorial/audit";
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
