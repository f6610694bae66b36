package org.evidenz.subscription.newsletter;

import java.util.List;
import java.util.Map;

import org.evidenz.shared.Language;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The editor's newsletter: list of issues, composing an issue from recently published articles (authors and
 * publishers), its preview as the mail will look, and sending (publishers only, once).
 */
@Controller
class NewsletterController {

    private static final String SECTION = "newsletter";

    private final Newsletters newsletters;
    private final NewsletterIssues issues;
    private final EditorScreens screens;

    NewsletterController(Newsletters newsletters, NewsletterIssues issues, EditorScreens screens) {
        this.newsletters = newsletters;
        this.issues = issues;
        this.screens = screens;
    }

    @GetMapping("/editor/newsletter")
    String list(HttpServletRequest request, Model model) {
        EditorPage page = screens.page("Newsletter", SECTION, request, model);
        model.addAttribute("page", page).addAttribute("issues", issues.all())
                .addAttribute("languages", List.of(Language.values()))
                .addAttribute("recipientsEn", newsletters.recipients(Language.EN))
                .addAttribute("recipientsDe", newsletters.recipients(Language.DE));
        return "subscription/issues";
    }

    @GetMapping("/editor/newsletter/new")
    String compose(@RequestParam(defaultValue = "en") Language lang, @RequestParam(defaultValue = "30") String days,
            HttpServletRequest request, Model model) {
        int window = parseDays(days);
        EditorPage page = screens.page("New newsletter issue", SECTION, request, model);
        if (window < 0) {
            page = page.withError("Days must be a whole number from 1 to " + Newsletters.MAX_DAYS + "; showing 30.");
            window = 30;
        }
        return composePage(page, lang, window, "", "", List.of(), Map.of(), model);
    }

    @PostMapping("/editor/newsletter")
    String create(@RequestParam(defaultValue = "en") Language lang, @RequestParam(defaultValue = "30") String days,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String intro,
            @RequestParam(name = "article", required = false) List<String> articles, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            long id = newsletters.compose(lang, subject, intro, articles, screens.signedInEmail());
            EditorScreens.notice(redirect, "Issue saved. Check the preview before sending.");
            return "redirect:/editor/newsletter/" + id;
        } catch (Newsletters.InvalidIssue e) {
            response.setStatus(400);
            int window = Math.max(parseDays(days), 1);
            EditorPage page = screens.page("New newsletter issue", SECTION, request, model)
                    .withError("The issue was not saved: " + e.getMessage());
            return composePage(page, lang, window, subject == null ? "" : subject, intro == null ? "" : intro,
                    articles == null ? List.of() : articles, e.errors, model);
        }
    }

    @GetMapping("/editor/newsletter/{id}")
    String issue(@PathVariable long id, HttpServletRequest request, Model model) {
        NewsletterIssues.Issue issue = issues.find(id).orElseThrow(() -> new NoSuchIssue(id));
        EditorPage page = screens.page("Newsletter issue: " + issue.subject(), SECTION, request, model);
        model.addAttribute("page", page).addAttribute("issue", issue)
                .addAttribute("previewHtml", newsletters.previewHtml(issue))
                .addAttribute("previewText", newsletters.previewText(issue))
                .addAttribute("recipients", newsletters.recipients(issue.language()))
                .addAttribute("maySend", screens.signedInHas(Role.PUBLISHER));
        return "subscription/issue";
    }

    @PostMapping("/editor/newsletter/{id}/send")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        if (!screens.signedInHas(Role.PUBLISHER)) {
            throw new AccessDeniedException("Only publishers send newsletters.");
        }
        issues.find(id).orElseThrow(() -> new NoSuchIssue(id));
        try {
            int queued = newsletters.send(id, screens.signedInEmail());
            EditorScreens.notice(redirect, "Sent to " + queued + " subscriber(s) (through the mail outbox).");
        } catch (IllegalStateException e) {
            EditorScreens.error(redirect, e.getMessage());
        }
        return "redirect:/editor/newsletter/" + id;
    }

    private String composePage(EditorPage page, Language lang, int days, String subject, String intro,
            List<String> chosen, Map<String, String> errors, Model model) {
        model.addAttribute("page", page).addAttribute("lang", lang).addAttribute("days", days)
                .addAttribute("languages", List.of(Language.values()))
                .addAttribute("candidates", newsletters.candidates(lang, days))
                .addAttribute("subject", subject).addAttribute("intro", intro).addAttribute("chosen", chosen)
                .addAttribute("errors", errors);
        return "subscription/compose";
    }

    private static int parseDays(String days) {
        try {
            int value = Integer.parseInt(days.strip());
            return value >= 1 && value <= Newsletters.MAX_DAYS ? value : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static final class NoSuchIssue extends RuntimeException {
        NoSuchIssue(long id) {
            super("No newsletter issue " + id);
        }
    }
}
