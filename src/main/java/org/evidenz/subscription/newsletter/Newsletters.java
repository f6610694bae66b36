package org.evidenz.subscription.newsletter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.audit.AuditLog;
import org.evidenz.shared.Language;
import org.evidenz.site.PublicAddress;
import org.evidenz.site.SiteProperties;
import org.evidenz.subscription.OutgoingMail;
import org.evidenz.subscription.mail.MailOutbox;
import org.evidenz.subscription.subscribers.SubscriptionMails;
import org.evidenz.subscription.subscribers.Subscriptions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composing and sending newsletter issues. Articles come only from {@link PublishedArticles}, both when composing
 * and when sending (an article withdrawn in between is left out), so a draft never reaches a newsletter.
 */
@Service
public class Newsletters {

    static final int MAX_DAYS = 3650;

    /** A published article that may go into an issue. */
    public record Candidate(String id, String title, String summary, LocalDate updated, String url) {
    }

    static final class InvalidIssue extends RuntimeException {
        final Map<String, String> errors;

        InvalidIssue(Map<String, String> errors) {
            super(String.join(" ", errors.values()));
            this.errors = errors;
        }
    }

    private final NewsletterIssues issues;
    private final PublishedArticles published;
    private final Subscriptions subscriptions;
    private final SubscriptionMails mails;
    private final MailOutbox outbox;
    private final AuditLog audit;
    private final SiteProperties site;
    private final PublicAddress address;
    private final Clock clock;

    Newsletters(NewsletterIssues issues, PublishedArticles published, Subscriptions subscriptions,
            SubscriptionMails mails, MailOutbox outbox, AuditLog audit, SiteProperties site, Clock clock,
            PublicAddress address) {
        this.address = address;
        this.issues = issues;
        this.published = published;
        this.subscriptions = subscriptions;
        this.mails = mails;
        this.outbox = outbox;
        this.audit = audit;
        this.site = site;
        this.clock = clock;
    }

    /** Articles published or updated in the last {@code days} days, newest first. */
    List<Candidate> candidates(Language language, int days) {
        LocalDate since = LocalDate.now(clock).minusDays(days);
        return all(language).stream().filter(c -> !c.updated().isBefore(since))
                .sorted(Comparator.comparing(Candidate::updated).reversed()).toList();
    }

    List<Candidate> all(Language language) {
        List<Candidate> candidates = new ArrayList<>();
        for (var topic : published.topics(language)) {
            for (Article a : published.articles(language, topic)) {
                candidates.add(new Candidate(a.id(), a.title(), a.summary(), a.updated(),
                        address.baseUrl() + PublishedArticles.path(topic, a)));
            }
        }
        return candidates;
    }

    @Transactional
    long compose(Language language, String subject, String intro, List<String> articleIds, String by) {
        Map<String, String> errors = new LinkedHashMap<>();
        String s = subject == null ? "" : subject.strip();
        String i = intro == null ? "" : intro.strip();
        if (s.isEmpty()) {
            errors.put("subject", "Enter a subject.");
        } else if (!OutgoingMail.fitsInAHeader(s)) {
            errors.put("subject", "Write the subject on one line, without line breaks, tabs or other control "
                    + "characters.");
        } else if (s.length() > 200) {
            errors.put("subject", "Keep the subject under 200 characters.");
        }
        if (i.isEmpty()) {
            errors.put("intro", "Write an introduction.");
        } else if (i.length() > 5000) {
            errors.put("intro", "Keep the introduction under 5000 characters.");
        }
        List<String> known = all(language).stream().map(Candidate::id).toList();
        List<String> chosen = articleIds == null ? List.of() : articleIds.stream().distinct().toList();
        if (chosen.isEmpty()) {
            errors.put("article", "Choose at least one article.");
        } else if (!known.containsAll(chosen)) {
            errors.put("article", "Choose only published articles.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidIssue(errors);
        }
        long id = issues.create(language, s, i, chosen, clock.instant(), by);
        audit.record(by, NewsletterAction.NEWSLETTER_COMPOSED, "Newsletter issue " + id + " (" + language + "): " + s);
        return id;
    }

    /** The published articles of an issue, in its order, as mails list them. */
    List<SubscriptionMails.ListedArticle> articles(NewsletterIssues.Issue issue) {
        Map<String, Candidate> byId = new LinkedHashMap<>();
        all(issue.language()).forEach(c -> byId.put(c.id(), c));
        return issue.articleIds().stream().filter(byId::containsKey).map(byId::get)
                .map(c -> new SubscriptionMails.ListedArticle(c.title(), c.summary(), c.url())).toList();
    }

    String previewHtml(NewsletterIssues.Issue issue) {
        return mails.newsletterHtml(issue.language(), issue.intro(), articles(issue));
    }

    String previewText(NewsletterIssues.Issue issue) {
        return mails.newsletterText(issue.language(), issue.intro(), articles(issue));
    }

    int recipients(Language language) {
        return subscriptions.confirmed(language, Subscriptions.NEWSLETTER).size();
    }

    /** Queues one mail per confirmed newsletter subscriber of the issue's language; an issue is sent once. */
    @Transactional
    int send(long id, String by) {
        NewsletterIssues.Issue issue = issues.find(id).orElseThrow(() -> new IllegalArgumentException("No issue " + id));
        var articles = articles(issue);
        if (issue.isSent()) {
            throw new IllegalStateException("This issue was sent already.");
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("None of the issue's articles is published any more.");
        }
        if (!OutgoingMail.fitsInAHeader(issue.subject())) {
            // saved before subjects were checked: a line break would start a mail header of its own
            throw new IllegalStateException("This issue's subject contains a line break or another control "
                    + "character. Compose the issue again with a one-line subject.");
        }
        int queued = 0;
        for (var subscriber : subscriptions.confirmed(issue.language(), Subscriptions.NEWSLETTER)) {
            if (outbox.enqueue(mails.newsletter(subscriber, id, issue.subject(), issue.intro(), articles))) {
                queued++;
            }
        }
        if (!issues.markSent(id, clock.instant(), by, queued)) {
            throw new IllegalStateException("This issue was sent already.");
        }
        audit.record(by, NewsletterAction.NEWSLETTER_SENT, "Newsletter issue " + id + " (" + issue.language() + ") to "
                + queued + " subscriber(s): " + issue.subject());
        return queued;
    }
}
