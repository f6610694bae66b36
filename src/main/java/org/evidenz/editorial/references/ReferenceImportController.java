package org.evidenz.editorial.references;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evidenz.accounts.User;
import org.evidenz.bundle.ItemKey;
import org.evidenz.shell.EditorScreens;
import org.evidenz.shell.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /editor/sources/import}: paste or upload references, see them as readers will, tick which become draft
 * sources. A refused step answers 422 with the reasons and keeps what was pasted.
 */
@Controller
class ReferenceImportController {

    static final String PATH = "/editor/sources/import";

    private final ReferenceImport imports;
    private final EditorScreens screens;

    ReferenceImportController(ReferenceImport imports, EditorScreens screens) {
        this.imports = imports;
        this.screens = screens;
    }

    @GetMapping(PATH)
    String form(User user, HttpServletRequest request, Model model) {
        requireAuthor(user);
        return render("", null, "", null, Set.of(), request, model);
    }

    @PostMapping(PATH)
    String preview(User user, @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String format,
            HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        requireAuthor(user);
        String fileName = "";
        String content = text;
        if (file != null && !file.isEmpty()) {
            content = decode(file.getBytes());
            fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        }
        if (content.isBlank()) {
            response.setStatus(422);
            model.addAttribute("error", "Paste references into the box or choose a file.");
            return render(content, format, fileName, null, Set.of(), request, model);
        }
        ImportPreview preview = imports.preview(content, ReferenceFormat.fromCode(format).orElse(null), Map.of());
        if (!preview.readable()) {
            response.setStatus(422);
            model.addAttribute("error", "This file cannot be imported: correct the entries listed below, or export "
                    + "them again.");
        }
        Set<Integer> suggested = new LinkedHashSet<>(preview.candidates().stream().filter(Candidate::suggested)
                .map(Candidate::entry).toList());
        return render(content, format, fileName, preview, suggested, request, model);
    }

    @PostMapping(PATH + "/create")
    String create(User user, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String format, @RequestParam(defaultValue = "") String fileName,
            @RequestParam(name = "entry", required = false) List<Integer> entries, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        requireAuthor(user);
        Set<Integer> chosen = entries == null ? Set.of() : new LinkedHashSet<>(entries);
        Map<Integer, String> ids = ids(request);
        ReferenceFormat chosenFormat = ReferenceFormat.fromCode(format).orElse(null);
        try {
            List<ItemKey> created = imports.create(text, chosenFormat, chosen, ids, fileName, user);
            EditorScreens.notice(redirect, "Created " + created.size() + " draft source" + (created.size() == 1 ? ""
                    : "s") + ": " + String.join(", ", created.stream().map(ItemKey::id).toList()) + ".");
            return "redirect:/editor/items/sources";
        } catch (ImportRefused e) {
            response.setStatus(422);
            model.addAttribute("error", e.getMessage());
            return render(text, format, fileName, e.preview(), chosen, request, model);
        }
    }

    private String render(String text, String format, String fileName, ImportPreview preview, Set<Integer> chosen,
            HttpServletRequest request, Model model) {
        var page = screens.page("Import references", "content", request, model);
        Object error = model.getAttribute("error");
        if (error != null) {
            page = page.withError(error.toString());
        }
        model.addAttribute("page", page).addAttribute("text", text)
                .addAttribute("format", format == null ? "" : format).addAttribute("fileName", fileName)
                .addAttribute("formats", List.of(ReferenceFormat.values())).addAttribute("preview", preview)
                .addAttribute("chosen", chosen);
        return "editorial/references";
    }

    /** The ids typed for entries: fields named {@code id.3}. */
    private static Map<Integer, String> ids(HttpServletRequest request) {
        Map<Integer, String> ids = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.matches("id\\.\\d{1,4}") && values.length > 0) {
                ids.put(Integer.parseInt(name.substring(3)), values[0]);
            }
        });
        return ids;
    }

    /** UTF-8 as every current exporter writes it; older EndNote and Citavi files are Windows-1252. */
    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static void requireAuthor(User user) {
        if (!user.has(Role.AUTHOR)) {
            throw new AccessDeniedException("Importing references creates sources, which needs the role AUTHOR.");
        }
    }
}
