package org.evidenz.feedback;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Topic;
import org.evidenz.shared.Language;
import org.evidenz.shared.SignedFormTokens;
import org.evidenz.site.ContentVersion;
import org.evidenz.site.DatabaseOutage;
import org.evidenz.site.Messages;
import org.evidenz.site.NotFoundException;
import org.evidenz.site.Page;
import org.evidenz.site.Pages;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The reader's feedback form. The article page asks "Was this page helpful?" with a plain GET form to here, because
 * a cached, shared page cannot carry a form token; this page carries one and is never stored by any cache. Nothing
 * here needs a session: the token is signed ({@link FormTokens}), and a POST from another site never gets here
 * (the reader site's origin check, ADR 28). A rejected form comes back with a message next to each field and
 * everything the reader typed; an accepted one redirects to the thank-you page (post/redirect/get), which names
 * the article in its address, not in a flash attribute.
 */
@Controller
class FeedbackFormController {

    private static final String LANG = "/{lang:" + Language.PATH_PATTERN + "}";

    private final PublishedArticles published;
    private final Pages pages;
    private final FormTokens tokens;
    private final SubmissionLimiter limiter;
    private final UsedFormTokens usedTokens;
    private final FeedbackIntake intake;
    private final FeedbackProperties properties;
    private final ContentVersion contentVersion;
    private final Cache<TargetKey, Optional<Target>> targets = Caffeine.newBuilder().maximumSize(1_000).build();

    FeedbackFormController(PublishedArticles published, Pages pages, FormTokens tokens, SubmissionLimiter limiter,
            UsedFormTokens usedTokens, FeedbackIntake intake, FeedbackProperties properties,
            ContentVersion contentVersion) {
        this.contentVersion = contentVersion;
        this.published = published;
        this.pages = pages;
        this.tokens = tokens;
        this.limiter = limiter;
        this.usedTokens = usedTokens;
        this.intake = intake;
        this.properties = properties;
    }

    @GetMapping(LANG + "/feedback")
    String form(@PathVariable String lang, @RequestParam(required = false) String article,
            @RequestParam(required = false) String helpful, HttpServletResponse response, Model model) {
        Language language = Language.of(lang);
        Target target = target(language, article);
        noStore(response);
        return render(language, target, FeedbackForm.blank(target.article().id(), helpful,
                tokens.issue(language, target.article().id())), Map.of(), null, model);
    }

    @PostMapping(LANG + "/feedback")
    String submit(@PathVariable String lang, @RequestParam(required = false) String article,
            @RequestParam(required = false) String helpful, @RequestParam(required = false) String understandable,
            @RequestParam(required = false) String comment, @RequestParam(required = false) String email,
            @RequestParam(required = false) String consent, @RequestParam(required = false) String website,
            @RequestParam(required = false) String token, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Language language = Language.of(lang);
        Target target = target(language, article);
        noStore(response);
        FeedbackForm form = new FeedbackForm(target.article().id(), helpful, understandable, comment, email,
                consent != null, website, token);
        Messages messages = pages.messages(language);

        Duration wait = limiter.take(request.getRemoteAddr());
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds() + 1);
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            return render(language, target, form, Map.of(),
                    messages.t("feedback.error.rate", (int) Math.max(1, (seconds + 59) / 60)), model);
        }
        if (form.honeypotFilled()) {
            response.setStatus(400);
            return render(language, target, form, Map.of(), messages.t("feedback.error.honeypot"), model);
        }
        SignedFormTokens.Verified verified = tokens.check(token, language, form.article());
        switch (verified.check()) {
            case INVALID, EXPIRED -> {
                response.setStatus(400);
                String key = verified.check() == SignedFormTokens.Check.EXPIRED ? "feedback.error.expired"
                        : "feedback.error.invalid-token";
                return render(language, target, form.withToken(tokens.issue(language, form.article())), Map.of(),
                        messages.t(key), model);
            }
            case TOO_FAST -> {
                response.setStatus(400);
                return render(language, target, form, Map.of(), messages.t("feedback.error.too-fast"), model);
            }
            case VALID -> {
            }
        }
        if (usedTokens.used(verified.id())) {
            return replayed(language, target, form, response, model);
        }
        Map<String, String> problems = new LinkedHashMap<>();
        form.problems(properties.maxCommentLength())
                .forEach((field, key) -> problems.put(field, messages.t(key, properties.maxCommentLength())));
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return render(language, target, form, problems, null, model);
        }
        if (!intake.accept(language, form, verified)) {
            return replayed(language, target, form, response, model);
        }
        return "redirect:/" + lang + "/feedback/thanks?article=" + target.article().id();
    }

    @GetMapping(LANG + "/feedback/thanks")
    String thanks(@PathVariable String lang, @RequestParam(required = false) String article, Model model) {
        Language language = Language.of(lang);
        Target target = target(language, article);
        Page page = page(language, target, "feedback.thanks.title", "/feedback/thanks");
        model.addAttribute("page", page)
                .addAttribute("articleTitle", target.article().title())
                .addAttribute("articlePath", PublishedArticles.path(target.topic(), target.article()));
        return "feedback/thanks";
    }

    private String replayed(Language language, Target target, FeedbackForm form, HttpServletResponse response,
            Model model) {
        response.setStatus(409);
        return render(language, target, form.withToken(tokens.issue(language, form.article())), Map.of(),
                pages.messages(language).t("feedback.error.replayed"), model);
    }

    /**
     * A form sent while the database cannot be reached was not saved, and the reader must know it: the form again,
     * with what they typed and a message to send it later (503). Feedback answered with the thank-you page is stored.
     * Anything else goes on to the site's own outage or error page.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    String notSaved(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!"POST".equals(request.getMethod()) || !DatabaseOutage.isCause(e)) {
            throw e;
        }
        Language language = Language.of(request.getRequestURI().substring(1, 3));
        Target target = target(language, request.getParameter("article"));
        FeedbackForm form = new FeedbackForm(target.article().id(), request.getParameter("helpful"),
                request.getParameter("understandable"), request.getParameter("comment"), request.getParameter("email"),
                request.getParameter("consent") != null, request.getParameter("website"),
                request.getParameter("token"));
        noStore(response);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        return render(language, target, form, Map.of(), pages.messages(language).t("feedback.error.unavailable"),
                model);
    }

    private String render(Language language, Target target, FeedbackForm form, Map<String, String> problems,
            String message, Model model) {
        Page page = page(language, target, "feedback.title", "/feedback");
        int months = (int) Math.max(1, Math.round(properties.retention().toDays() / 30.44));
        model.addAttribute("page", page).addAttribute("feedback", new FeedbackPage(form, problems, message,
                target.article().title(), PublishedArticles.path(target.topic(), target.article()),
                properties.maxCommentLength(), months));
        return "feedback/form";
    }

    /** The form's or the thank-you page's frame: under the article in the breadcrumbs, in every language it has. */
    private Page page(Language language, Target target, String titleKey, String path) {
        Messages messages = pages.messages(language);
        String address = path + "?article=" + target.article().id();
        return pages.of(language)
                .title(messages.t(titleKey))
                .path("/" + language.code() + address)
                .translations(other -> published.articlePath(other, target.article().id())
                        .map(articlePath -> "/" + other.code() + address))
                .crumbHome()
                .crumb(target.topic().title(), PublishedArticles.path(target.topic()))
                .crumb(target.article().title(), PublishedArticles.path(target.topic(), target.article()))
                .crumb(messages.t("feedback.crumb"), null)
                .notIndexable()
                .build();
    }

    /**
     * A published article in this language, or the reader's 404 page. Remembered per content version: loading
     * every published article for each form would cost more than the form itself.
     */
    private Target target(Language language, String articleId) {
        if (articleId == null || articleId.length() > 100) {
            throw new NotFoundException("No article to give feedback on");
        }
        return targets.get(new TargetKey(contentVersion.current(), language, articleId), key -> {
            for (Article article : published.articles(language)) {
                if (article.id().equals(articleId)) {
                    return Optional.of(new Target(published.topicOf(article), article));
                }
            }
            return Optional.<Target>empty();
        }).orElseThrow(() -> new NotFoundException("No published article '" + articleId + "' to give feedback on"));
    }

    private record TargetKey(long version, Language language, String articleId) {
    }

    /** The page carries the reader's form token or what they typed: no cache may keep it. */
    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private record Target(Topic topic, Article article) {
    }
}
