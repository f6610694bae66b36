package org.evidenz.subscription.subscribers;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Topic;
import org.evidenz.shared.Language;
import org.evidenz.shared.SignedFormTokens;
import org.evidenz.site.Messages;
import org.evidenz.site.Page;
import org.evidenz.site.Pages;
import org.evidenz.subscription.keys.SubscriptionKeys;
import org.evidenz.subscription.mail.MailOutbox;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The reader's side: the newsletter page with its subscribe form, the confirmation page behind the mailed link, and
 * the unsubscribe page. Links in mail lead to pages with one button (mail programs and scanners open links ahead
 * of the reader). No page here needs a session: the subscribe form carries a signed token ({@link SignedFormTokens}),
 * the confirm form the signed link's token, and a POST from another site never gets here (the reader site's origin
 * check, ADR 28); the one-click unsubscribe POST of RFC 8058 is authorised by its link's token alone. Every one of
 * these pages carries a form and is therefore {@code no-store}. A subscribe request gets the same answer whether or
 * not the address was subscribed already, also when it is refused for too many sign-ups (429): per client and per
 * mail domain and hour ({@link SignupLimiter}), or while too many subscriptions wait for confirmation.
 */
@Controller
class SignupController {

    static final String NEWSLETTER_CHOICE = "newsletter";
    private static final String LANG = "/{lang:" + Language.PATH_PATTERN + "}";
    /** The subscribe form's token goes where Spring's session-held CSRF token used to: it has the same job. */
    static final String FORM_TOKEN = "_csrf";
    /** Long enough for a page left open while the reader does something else; an expired form keeps the address. */
    private static final Duration FORM_LIFETIME = Duration.ofHours(2);
    private static final Pattern ADDRESS = Pattern.compile(
            "^[A-Za-z0-9.!#$%&*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

    private final PublishedArticles published;
    private final Subscriptions subscriptions;
    private final SubscriptionMails mails;
    private final MailOutbox outbox;
    private final MailLinks links;
    private final SignupLimiter limiter;
    private final Pages pages;
    private final Clock clock;
    private final SignedFormTokens formTokens;

    SignupController(PublishedArticles published, Subscriptions subscriptions, SubscriptionMails mails,
            MailOutbox outbox, MailLinks links, SignupLimiter limiter, Pages pages, Clock clock,
            SubscriptionKeys keys) {
        this.formTokens = new SignedFormTokens(keys.formTokens(), clock, Duration.ZERO, FORM_LIFETIME);
        this.limiter = limiter;
        this.published = published;
        this.subscriptions = subscriptions;
        this.mails = mails;
        this.outbox = outbox;
        this.links = links;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping(LANG + "/newsletter")
    String form(@PathVariable String lang, @RequestParam(required = false) String topic, Model model,
            HttpServletResponse response) {
        Language language = Language.of(lang);
        String choice = topic != null && published.topic(language, topic).isPresent() ? topic : NEWSLETTER_CHOICE;
        return formPage(language, "", choice, Map.of(), null, model, response);
    }

    @PostMapping(LANG + "/newsletter")
    @Transactional
    String subscribe(@PathVariable String lang, @RequestParam(required = false) String email,
            @RequestParam(required = false) String topic, @RequestParam(name = FORM_TOKEN, required = false)
            String formToken, HttpServletRequest client, Model model, HttpServletResponse response) {
        Language language = Language.of(lang);
        Messages m = pages.messages(language);
        String address = email == null ? "" : email.strip();
        SignedFormTokens.Verified verified = formTokens.check(formToken, purpose(language));
        if (!verified.valid()) {
            // Stored nothing; the form comes back with what was typed and a fresh token.
            response.setStatus(400);
            String key = verified.check() == SignedFormTokens.Check.EXPIRED ? "newsletter.error.expired"
                    : "newsletter.error.form";
            return formPage(language, kept(address), topic == null ? "" : topic, Map.of(), m.t(key), model,
                    response);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (address.isEmpty()) {
            errors.put("email", m.t("newsletter.error.email.missing"));
        } else if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
            errors.put("email", m.t("newsletter.error.email.invalid"));
        }
        Topic chosenTopic = null;
        if (topic == null || topic.isBlank()) {
            errors.put("topic", m.t("newsletter.error.topic.missing"));
        } else if (!NEWSLETTER_CHOICE.equals(topic)) {
            chosenTopic = published.topic(language, topic).orElse(null);
            if (chosenTopic == null) {
                errors.put("topic", m.t("newsletter.error.topic.unknown"));
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(400);
            return formPage(language, kept(address), topic == null ? "" : topic, errors, null, model, response);
        }
        // The limits come before the address is looked up and apply alike to every address: a refusal tells
        // nothing about whether it is subscribed.
        Optional<SignupLimiter.Refusal> limited = limiter.take(client.getRemoteAddr(), address);
        if (limited.isPresent()) {
            return tooMany(language, address, topic, limited.get().retryAfter(),
                    limited.get().limit() == SignupLimiter.Limit.CLIENT ? "newsletter.error.rate.client"
                            : "newsletter.error.rate.busy", model, response);
        }
        Duration room = subscriptions.waitForRoom(address);
        if (!room.isZero()) {
            return tooMany(language, address, topic, room, "newsletter.error.rate.full", model, response);
        }
        var request = subscriptions.request(address, language,
                chosenTopic == null ? Subscriptions.NEWSLETTER : chosenTopic.id());
        if (request.outcome() == Subscriptions.Outcome.NEW || request.outcome() == Subscriptions.Outcome.RENEWED) {
            outbox.enqueue(mails.confirmation(request.subscription(),
                    chosenTopic == null ? null : chosenTopic.title()));
        }
        return message(language, m.t("newsletter.sent.title"), m.t("newsletter.sent.text"), null, null, null, model,
                response);
    }

    @GetMapping(LANG + "/newsletter/confirm")
    String confirmPage(@PathVariable String lang, @RequestParam(required = false) String token, Model model,
            HttpServletResponse response) {
        Language language = Language.of(lang);
        Messages m = pages.messages(language);
        String problem = confirmProblem(token, m);
        if (problem != null) {
            return invalidLink(language, problem, model, response);
        }
        return message(language, m.t("newsletter.confirm.title"), m.t("newsletter.confirm.text"),
                "/" + lang + "/newsletter/confirm", token, m.t("newsletter.confirm.button"), model, response);
    }

    @PostMapping(LANG + "/newsletter/confirm")
    @Transactional
    String confirm(@PathVariable String lang, @RequestParam(required = false) String token, Model model,
            HttpServletResponse response) {
        Language language = Language.of(lang);
        Messages m = pages.messages(language);
        String problem = confirmProblem(token, m);
        if (problem != null || !(links.read(token) instanceof MailLinks.Confirm c)
                || !subscriptions.confirm(c.subscriptionId(), c.nonce())) {
            return invalidLink(language, problem != null ? problem : m.t("newsletter.error.link.used"), model,
                    response);
        }
        return message(language, m.t("newsletter.confirmed.title"), m.t("newsletter.confirmed.text"), null, null,
                null, model, response);
    }

    @GetMapping(LANG + "/newsletter/unsubscribe")
    String unsubscribePage(@PathVariable String lang, @RequestParam(required = false) String token, Model model,
            HttpServletResponse response) {
        Language language = Language.of(lang);
        Messages m = pages.messages(language);
        if (!(links.read(token) instanceof MailLinks.Unsubscribe)) {
            return invalidLink(language, m.t("newsletter.error.link.invalid"), model, response);
        }
        return message(language, m.t("newsletter.unsubscribe.title"), m.t("newsletter.unsubscribe.text"),
                "/" + lang + "/newsletter/unsubscribe", token, m.t("newsletter.unsubscribe.button"), model,
                response);
    }

    /** The form's button and the one-click POST of mail programs (RFC 8058); idempotent. */
    @PostMapping(LANG + "/newsletter/unsubscribe")
    @Transactional
    String unsubscribe(@PathVariable String lang, @RequestParam(required = false) String token, Model model,
            HttpServletResponse response) {
        Language language = Language.of(lang);
        Messages m = pages.messages(language);
        if (!(links.read(token) instanceof MailLinks.Unsubscribe u)) {
            return invalidLink(language, m.t("newsletter.error.link.invalid"), model, response);
        }
        subscriptions.unsubscribe(u.subscriptionId());
        return message(language, m.t("newsletter.unsubscribed.title"), m.t("newsletter.unsubscribed.text"), null,
                null, null, model, response);
    }

    /** 400: the link from a mail was altered, has expired or was used; the page says which, and nothing changed. */
    private String invalidLink(Language language, String problem, Model model, HttpServletResponse response) {
        response.setStatus(400);
        return message(language, pages.messages(language).t("newsletter.link.invalid.title"), problem, null, null,
                null, model, response);
    }

    private String confirmProblem(String token, Messages m) {
        if (!(links.read(token) instanceof MailLinks.Confirm c)) {
            return m.t("newsletter.error.link.invalid");
        }
        if (!c.expires().isAfter(clock.instant())) {
            return m.t("newsletter.error.link.expired");
        }
        var subscription = subscriptions.find(c.subscriptionId());
        if (subscription.isEmpty() || !c.nonce().equals(subscription.get().confirmNonce())) {
            return m.t("newsletter.error.link.used");
        }
        return null;
    }

    /**
     * 429 with {@code Retry-After}: the form again, with what was typed and a message that says when to try again
     * (in minutes, or in hours for {@code newsletter.error.rate.full}).
     */
    private String tooMany(Language language, String address, String choice, Duration wait, String messageKey,
            Model model, HttpServletResponse response) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        long unit = messageKey.equals("newsletter.error.rate.full") ? 3600 : 60;
        int when = (int) Math.min(Integer.MAX_VALUE, (seconds + unit - 1) / unit);
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return formPage(language, address, choice, Map.of(), pages.messages(language).t(messageKey, when), model,
                response);
    }

    private String formPage(Language language, String email, String choice, Map<String, String> errors,
            String message, Model model, HttpServletResponse response) {
        Messages m = pages.messages(language);
        List<SubscribeOption> choices = new ArrayList<>();
        choices.add(new SubscribeOption(NEWSLETTER_CHOICE, m.t("newsletter.choice.newsletter")));
        for (Topic t : published.topics(language)) {
            choices.add(new SubscribeOption(t.slug(), m.t("newsletter.choice.topic", t.title())));
        }
        String path = "/" + language.code() + "/newsletter";
        Page.Builder builder = pages.of(language).title(m.t("newsletter.title"))
                .description(m.t("newsletter.description")).path(path).crumbHome()
                .crumb(m.t("newsletter.title"), null).sameInEveryLanguage();
        noStore(response);
        model.addAttribute("page", builder.build()).addAttribute("email", email).addAttribute("choice", choice)
                .addAttribute("choices", choices).addAttribute("errors", errors).addAttribute("message", message)
                .addAttribute("feeds", feeds(language)).addAttribute("formToken", formTokens.issue(purpose(language)));
        return "subscription/newsletter";
    }

    private static String purpose(Language language) {
        return "newsletter|" + language.code();
    }

    private static String kept(String address) {
        return address.length() > 254 ? address.substring(0, 254) : address;
    }

    private List<FeedLink> feeds(Language language) {
        Messages m = pages.messages(language);
        List<FeedLink> feeds = new ArrayList<>();
        feeds.add(new FeedLink("/" + language.code() + "/feed.atom", m.t("feed.all")));
        for (Topic t : published.topics(language)) {
            feeds.add(new FeedLink(PublishedArticles.path(t) + "/feed.atom", m.t("feed.topic", t.title())));
        }
        return feeds;
    }

    private String message(Language language, String title, String text, String action, String token,
            String button, Model model, HttpServletResponse response) {
        Page page = pages.of(language).title(title).path("/" + language.code() + "/newsletter").notIndexable()
                .crumbHome().crumb(pages.messages(language).t("newsletter.title"), "/" + language.code()
                        + "/newsletter")
                .crumb(title, null).sameInEveryLanguage().build();
        noStore(response);
        model.addAttribute("page", page).addAttribute("text", text).addAttribute("action", action)
                .addAttribute("token", token).addAttribute("button", button);
        return "subscription/message";
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
