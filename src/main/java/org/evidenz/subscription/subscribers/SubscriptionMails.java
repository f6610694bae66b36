package org.evidenz.subscription.subscribers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenz.shared.Language;
import org.evidenz.site.Messages;
import org.evidenz.site.Pages;
import org.evidenz.site.SiteProperties;
import org.evidenz.subscription.OutgoingMail;
import org.evidenz.subscription.SubscriptionProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The text of every mail to subscribers, in the subscriber's language from the message bundles: plain text and an
 * HTML alternative, with the one-click unsubscribe link (RFC 8058) in the headers and at the foot of every mail
 * after the confirmation.
 */
@Component
public class SubscriptionMails {

    /** An article as a mail lists it. */
    public record ListedArticle(String title, String summary, String url) {
    }

    private final Pages pages;
    private final SiteProperties site;
    private final MailLinks links;
    private final SubscriptionProperties properties;
    private final Clock clock;

    SubscriptionMails(Pages pages, SiteProperties site, MailLinks links, SubscriptionProperties properties,
            Clock clock) {
        this.pages = pages;
        this.site = site;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    public OutgoingMail confirmation(Subscriptions.Subscription s, String topicTitle) {
        Messages m = pages.messages(s.language());
        boolean newsletter = s.isNewsletter();
        String subject = OutgoingMail.oneLine(newsletter ? m.t("mail.confirm.subject.newsletter", site.name())
                : m.t("mail.confirm.subject.topic", topicTitle));
        String intro = newsletter ? m.t("mail.confirm.intro.newsletter", site.name())
                : m.t("mail.confirm.intro.topic", topicTitle);
        LocalDate until = clock.instant().plus(properties.confirmWindow()).atZone(ZoneOffset.UTC).toLocalDate();
        String expiry = m.t("mail.confirm.expiry", m.date(until));
        String url = links.confirmUrl(s);
        String text = m.t("mail.greeting") + "\n\n" + intro + "\n\n" + m.t("mail.confirm.action") + ":\n" + url
                + "\n\n" + expiry + "\n\n-- \n" + site.name() + "\n";
        String html = "<p>" + esc(m.t("mail.greeting")) + "</p>\n<p>" + esc(intro) + "</p>\n<p><a href=\""
                + esc(url) + "\">" + esc(m.t("mail.confirm.action")) + "</a></p>\n<p>" + esc(expiry) + "</p>\n";
        return new OutgoingMail(s.mailKeyPrefix() + "confirm/" + s.confirmNonce(), s.address(), subject, text,
                document(s.language(), subject, html), Map.of());
    }

    public OutgoingMail alert(Subscriptions.Subscription s, String topicTitle, ListedArticle article, String articleId,
            int revision) {
        Messages m = pages.messages(s.language());
        String subject = OutgoingMail.oneLine(m.t("mail.alert.subject", article.title()));
        String intro = m.t("mail.alert.intro", article.title(), topicTitle);
        String text = intro + "\n\n" + article.summary() + "\n\n" + m.t("mail.alert.read") + ":\n" + article.url()
                + "\n" + footerText(s, m, topicTitle);
        String html = "<p>" + esc(intro) + "</p>\n<p>" + esc(article.summary()) + "</p>\n<p><a href=\""
                + esc(article.url()) + "\">" + esc(m.t("mail.alert.read")) + "</a></p>\n"
                + footerHtml(s, m, topicTitle);
        return new OutgoingMail(s.mailKeyPrefix() + "alert/" + articleId + "/" + revision,
                s.address(), subject, text, document(s.language(), subject, html), listHeaders(s));
    }

    /** The body of a newsletter issue, as the preview and every mail show it (without the personal footer). */
    public String newsletterHtml(Language language, String intro, List<ListedArticle> articles) {
        Messages m = pages.messages(language);
        StringBuilder html = new StringBuilder();
        for (String paragraph : intro.strip().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(esc(paragraph.strip())).append("</p>\n");
            }
        }
        html.append("<h2>").append(esc(m.t("mail.newsletter.articles"))).append("</h2>\n<ul>\n");
        for (ListedArticle a : articles) {
            html.append("<li><a href=\"").append(esc(a.url())).append("\">").append(esc(a.title()))
                    .append("</a><br>").append(esc(a.summary())).append("</li>\n");
        }
        return html.append("</ul>\n").toString();
    }

    public String newsletterText(Language language, String intro, List<ListedArticle> articles) {
        Messages m = pages.messages(language);
        StringBuilder text = new StringBuilder(intro.strip()).append("\n\n").append(m.t("mail.newsletter.articles"))
                .append(":\n");
        for (ListedArticle a : articles) {
            text.append("\n* ").append(a.title()).append("\n  ").append(a.summary()).append("\n  ").append(a.url())
                    .append('\n');
        }
        return text.toString();
    }

    public OutgoingMail newsletter(Subscriptions.Subscription s, long issueId, String subject, String intro,
            List<ListedArticle> articles) {
        Messages m = pages.messages(s.language());
        String text = newsletterText(s.language(), intro, articles) + footerText(s, m, null);
        String html = newsletterHtml(s.language(), intro, articles) + footerHtml(s, m, null);
        return new OutgoingMail(s.mailKeyPrefix() + "newsletter/" + issueId, s.address(), subject, text,
                document(s.language(), subject, html), listHeaders(s));
    }

    private Map<String, String> listHeaders(Subscriptions.Subscription s) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + links.unsubscribeUrl(s) + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return headers;
    }

    private String why(Subscriptions.Subscription s, Messages m, String topicTitle) {
        return s.isNewsletter() ? m.t("mail.footer.why.newsletter", site.name())
                : m.t("mail.footer.why.topic", topicTitle);
    }

    private String footerText(Subscriptions.Subscription s, Messages m, String topicTitle) {
        return "\n-- \n" + why(s, m, topicTitle) + "\n" + m.t("mail.footer.unsubscribe") + ": " + links.unsubscribeUrl(s)
                + "\n";
    }

    private String footerHtml(Subscriptions.Subscription s, Messages m, String topicTitle) {
        return "<hr>\n<p>" + esc(why(s, m, topicTitle)) + " <a href=\"" + esc(links.unsubscribeUrl(s)) + "\">"
                + esc(m.t("mail.footer.unsubscribe")) + "</a></p>\n";
    }

    private String document(Language language, String subject, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + esc(subject) + "</title>\n</head>\n<body>\n<p><strong>" + esc(site.name()) + "</strong></p>\n"
                + body + "</body>\n</html>\n";
    }

    static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
