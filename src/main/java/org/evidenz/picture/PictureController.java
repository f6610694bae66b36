package org.evidenz.picture;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.evidenz.shared.Language;
import org.evidenz.shared.Paging;
import org.evidenz.shell.EditorPage;
import org.evidenz.shell.EditorScreens;
import org.evidenz.shell.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /editor/pictures}: the picture library, paged, with the upload form; {@code /editor/pictures/{id}} shows one
 * picture in its widths and changes what is said about it. A refused upload or change answers 422 with the reason
 * and the form as it was typed, and changes nothing.
 */
@Controller
class PictureController {

    static final String PATH = "/editor/pictures";

    private final Pictures pictures;
    private final EditorScreens screens;

    PictureController(Pictures pictures, EditorScreens screens) {
        this.pictures = pictures;
        this.screens = screens;
    }

    @GetMapping(PATH)
    String library(@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        return library(page, empty(), screens.page("Pictures", "pictures", request, model), model);
    }

    @PostMapping(PATH)
    String upload(@RequestParam(required = false) MultipartFile file, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect, Model model) throws IOException {
        requireAuthor();
        PictureDetails details = typed(request);
        try {
            Picture picture = pictures.upload(details, file == null ? null : file.getBytes(),
                    screens.signedInEmail());
            EditorScreens.notice(redirect, "Uploaded " + picture.id() + " in " + picture.files().size()
                    + " widths. Use it in prose as ![](image:" + picture.id() + ").");
            return "redirect:" + PATH + "/" + picture.id();
        } catch (PictureRefused e) {
            response.setStatus(422);
            EditorPage page = screens.page("Pictures", "pictures", request, model)
                    .withError(e.getMessage() + " Choose the file again: browsers do not keep it.");
            return library(1, details, page, model);
        }
    }

    @GetMapping(PATH + "/{id}")
    String picture(@PathVariable String id, HttpServletRequest request, Model model) {
        Picture picture = pictures.find(id).orElseThrow(() -> new NoSuchPicture(id));
        return picture(picture, PictureDetails.of(picture), screens.page(id, "pictures", request, model), model);
    }

    @PostMapping(PATH + "/{id}")
    String change(@PathVariable String id, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        requireAuthor();
        Picture picture = pictures.find(id).orElseThrow(() -> new NoSuchPicture(id));
        PictureDetails details = typed(request, id);
        try {
            pictures.change(details, screens.signedInEmail());
            EditorScreens.notice(redirect, "Saved " + id + ".");
            return "redirect:" + PATH + "/" + id;
        } catch (PictureRefused e) {
            response.setStatus(422);
            return picture(picture, details, screens.page(id, "pictures", request, model).withError(e.getMessage()),
                    model);
        }
    }

    private String library(int requested, PictureDetails typed, EditorPage page, Model model) {
        Paging paging = Paging.editorList(requested, pictures.count());
        model.addAttribute("page", page)
                .addAttribute("pictures", pictures.list(paging))
                .addAttribute("paging", paging)
                .addAttribute("link", (IntFunction<String>) number -> PATH + "?page=" + number)
                .addAttribute("typed", typed)
                .addAttribute("languages", List.of(Language.values()));
        return "picture/library";
    }

    private String picture(Picture picture, PictureDetails typed, EditorPage page, Model model) {
        model.addAttribute("page", page)
                .addAttribute("picture", picture)
                .addAttribute("typed", typed)
                .addAttribute("languages", List.of(Language.values()))
                .addAttribute("mayChange", screens.signedInHas(Role.AUTHOR));
        return "picture/picture";
    }

    private static PictureDetails empty() {
        return new PictureDetails("", false, "", "", Map.of());
    }

    private static PictureDetails typed(HttpServletRequest request) {
        return typed(request, request.getParameter("id"));
    }

    private static PictureDetails typed(HttpServletRequest request, String id) {
        Map<Language, PictureText> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, new PictureText(request.getParameter("alt-" + language.code()),
                    request.getParameter("caption-" + language.code())));
        }
        return new PictureDetails(id, "true".equals(request.getParameter("decorative")),
                request.getParameter("credit"), request.getParameter("licence"), texts);
    }

    private void requireAuthor() {
        if (!screens.signedInHas(Role.AUTHOR)) {
            throw new AccessDeniedException("Uploading and changing pictures needs the role AUTHOR.");
        }
    }
}
