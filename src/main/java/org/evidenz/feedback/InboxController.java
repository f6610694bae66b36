package org.evidenz.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.shared.Language;
import org.evidenz.shared.Paging;
import org.evidenz.shell.EditorPage;
import org.evidenz.shell.EditorScreens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The feedback team's inbox under {@code /editor/feedback} (role FEEDBACK_OFFICER, enforced by the editor's
 * security chain): triage, notes, correction tasks, "you said, we did" summaries and requests about one address.
 */
@Controller
class InboxController {

    private static final String BASE = "/editor/feedback";

    private final FeedbackInbox inbox;
    private final EditorScreens screens;
    private final PublishedArticles published;

    InboxController(FeedbackInbox inbox, EditorScreens screens, PublishedArticles published) {
        this.inbox = inbox;
        this.screens = screens;
        this.published = published;
    }

    @GetMapping(BASE)
    String list(@RequestParam(required = false) String lang, @RequestParam(required = false) String article,
            @RequestParam(required = false) String understandable, @RequestParam(required = false) String helpful,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request, Model model) {
        EditorPage screen = screens.page("Feedback", "feedback", request, model);
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("lang", blankToNull(lang));
        filter.put("article", blankToNull(article));
        filter.put("understandable", blankToNull(understandable));
        filter.put("helpful", blankToNull(helpful));
        filter.put("status", blankToNull(status));
        FeedbackStore.Filter query;
        try {
            query = new FeedbackStore.Filter(
                    filter.get("lang") == null ? null : Language.fromCode(filter.get("lang")).orElseThrow(
                            IllegalArgumentException::new),
                    filter.get("article"),
                    filter.get("understandable") == null ? null : Integer.valueOf(filter.get("understandable")),
                    filter.get("helpful") == null ? null : Boolean.valueOf(filter.get("helpful").equals("yes")),
                    filter.get("status") == null ? null : FeedbackStatus.valueOf(filter.get("status")));
        } catch (IllegalArgumentException e) {
            query = FeedbackStore.Filter.ALL;
            screen = screen.withError("The filter was not understood; showing all feedback.");
        }
        Paging paging = Paging.editorList(page, inbox.count(query));
        model.addAttribute("page", screen)
                .addAttribute("items", inbox.page(query, paging))
                .addAttribute("paging", paging)
                .addAttribute("link", (IntFunction<String>) number -> pageLink(filter, number))
                .addAttribute("articles", inbox.articleIds())
                .addAttribute("statuses", List.of(FeedbackStatus.values()))
                .addAttribute("filter", filter);
        return "feedback/inbox";
    }

    /** The inbox address of another page, with the same filter. */
    private static String pageLink(Map<String, String> filter, int page) {
        StringBuilder link = new StringBuilder(BASE + "?page=" + page);
        filter.forEach((name, value) -> {
            if (value != null) {
                link.append('&').append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return link.toString();
    }

    @GetMapping(BASE + "/items/{id}")
    String item(@PathVariable String id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        FeedbackDetails details;
        try {
            details = inbox.details(id);
        } catch (FeedbackInbox.Refused e) {
            EditorScreens.error(redirect, e.getMessage());
            return "redirect:" + BASE;
        }
        EditorPage page = screens.page("Feedback on " + details.feedback().articleId(), "feedback", request, model);
        model.addAttribute("page", page).addAttribute("details", details)
                .addAttribute("statuses", List.of(FeedbackStatus.values()))
                .addAttribute("articlePath", articlePath(details.feedback().language(), details.feedback().articleId()));
        return "feedback/item";
    }

    @PostMapping(BASE + "/items/{id}/status")
    String status(@PathVariable String id, @RequestParam String status, RedirectAttributes redirect) {
        return act(redirect, BASE + "/items/" + id, () -> {
            FeedbackStatus chosen;
            try {
                chosen = FeedbackStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new FeedbackInbox.Refused("Choose a status from the list.");
            }
            inbox.changeStatus(id, chosen, screens.signedInEmail());
            return "Status set to " + chosen + ".";
        });
    }

    @PostMapping(BASE + "/items/{id}/notes")
    String note(@PathVariable String id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return act(redirect, BASE + "/items/" + id, () -> {
            inbox.addNote(id, text, screens.signedInEmail());
            return "Note added.";
        });
    }

    @PostMapping(BASE + "/items/{id}/tasks")
    String task(@PathVariable String id, @RequestParam(required = false) String note,
            @RequestParam(required = false) String quote, RedirectAttributes redirect) {
        return act(redirect, BASE + "/items/" + id, () -> {
            inbox.createTask(id, note, "yes".equals(quote), screens.signedInEmail());
            return "Correction task created for the article's authors.";
        });
    }

    @GetMapping(BASE + "/summaries")
    String summaries(HttpServletRequest request, Model model) {
        return summariesPage(screens.page("You said, we did", "feedback", request, model), "", "", model);
    }

    /** A refused summary comes back with the message and the text as typed, so that it can be rewritten. */
    @PostMapping(BASE + "/summaries")
    String writeSummary(@RequestParam(required = false) String article, @RequestParam(required = false) String text,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            String[] parts = article == null ? new String[0] : article.split("/", 2);
            if (parts.length != 2 || Language.fromCode(parts[0]).isEmpty()) {
                throw new FeedbackInbox.Refused("Choose the article the summary is about.");
            }
            inbox.writeSummary(Language.of(parts[0]), parts[1], text, screens.signedInEmail());
        } catch (FeedbackInbox.Refused e) {
            response.setStatus(400);
            EditorPage page = screens.page("You said, we did", "feedback", request, model).withError(e.getMessage());
            return summariesPage(page, article == null ? "" : article, text == null ? "" : text, model);
        }
        EditorScreens.notice(redirect, "Summary saved. It is not on the article until you publish it.");
        return "redirect:" + BASE + "/summaries";
    }

    private String summariesPage(EditorPage page, String draftArticle, String draftText, Model model) {
        List<String[]> articles = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Article article : published.articles(language)) {
                articles.add(new String[] {language.code() + "/" + article.id(),
                        article.title() + " (" + language.code() + ")"});
            }
        }
        model.addAttribute("page", page).addAttribute("summaries", inbox.summaries())
                .addAttribute("articles", articles).addAttribute("max", FeedbackInbox.MAX_SUMMARY)
                .addAttribute("draftArticle", draftArticle).addAttribute("draftText", draftText);
        return "feedback/summaries";
    }

    @PostMapping(BASE + "/summaries/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(defaultValue = "true") boolean publish,
            RedirectAttributes redirect) {
        return act(redirect, BASE + "/summaries", () -> {
            inbox.publishSummary(id, publish, screens.signedInEmail());
            return publish ? "Published on the article." : "Withdrawn from the article.";
        });
    }

    @GetMapping(BASE + "/requests")
    String requests(HttpServletRequest request, Model model) {
        model.addAttribute("page", screens.page("Requests about an e-mail address", "feedback", request, model))
                .addAttribute("email", "").addAttribute("found", null);
        return "feedback/requests";
    }

    /** A POST, so that the address appears in no address bar, history or access log. */
    @PostMapping(BASE + "/requests")
    String find(@RequestParam(required = false) String email, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        EditorPage page = screens.page("Requests about an e-mail address", "feedback", request, model);
        List<Feedback> found = null;
        try {
            found = inbox.findByEmail(email, screens.signedInEmail());
        } catch (FeedbackInbox.Refused e) {
            response.setStatus(400);
            page = page.withError(e.getMessage());
        }
        model.addAttribute("page", page).addAttribute("email", email == null ? "" : email)
                .addAttribute("found", found);
        return "feedback/requests";
    }

    @PostMapping(value = BASE + "/requests/export")
    ResponseEntity<?> export(@RequestParam(required = false) String email) {
        try {
            SubjectAccessReport report = inbox.export(email, screens.signedInEmail());
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"feedback-export.json\"")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(report);
        } catch (FeedbackInbox.Refused e) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
        }
    }

    @PostMapping(BASE + "/requests/delete")
    String deleteAll(@RequestParam(required = false) String email, RedirectAttributes redirect) {
        return act(redirect, BASE + "/requests", () -> {
            int deleted = inbox.deleteByEmail(email, screens.signedInEmail());
            return "Deleted " + deleted + " piece(s) of feedback given with that address, with their notes.";
        });
    }

    private String articlePath(Language language, String articleId) {
        for (Article article : published.articles(language)) {
            if (article.id().equals(articleId)) {
                return PublishedArticles.path(published.topicOf(article), article);
            }
        }
        return null;
    }

    private static String act(RedirectAttributes redirect, String target, java.util.function.Supplier<String> change) {
        try {
            EditorScreens.notice(redirect, change.get());
        } catch (FeedbackInbox.Refused e) {
            EditorScreens.error(redirect, e.getMessage());
        }
        return "redirect:" + target;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
