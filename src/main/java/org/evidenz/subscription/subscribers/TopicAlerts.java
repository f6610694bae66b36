package org.evidenz.subscription.subscribers;

import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Topic;
import org.evidenz.editorial.ArticlePublished;
import org.evidenz.editorial.PublicationKind;
import org.evidenz.site.PublicAddress;
import org.evidenz.site.SiteProperties;
import org.evidenz.subscription.mail.MailOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After an article's changed content is published (kind UPDATED; not a mere check), queues one alert per confirmed
 * subscriber of its topic in its language. The mail is built only from published content, read after the
 * publication committed, so a draft can never reach it.
 */
@Component
class TopicAlerts {

    private static final Logger log = LoggerFactory.getLogger(TopicAlerts.class);

    private final PublishedArticles published;
    private final Subscriptions subscriptions;
    private final SubscriptionMails mails;
    private final MailOutbox outbox;
    private final SiteProperties site;
    private final PublicAddress address;

    TopicAlerts(PublishedArticles published, Subscriptions subscriptions, SubscriptionMails mails,
            MailOutbox outbox, SiteProperties site, PublicAddress address) {
        this.address = address;
        this.published = published;
        this.subscriptions = subscriptions;
        this.mails = mails;
        this.outbox = outbox;
        this.site = site;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ArticlePublished event) {
        if (event.kind() != PublicationKind.UPDATED) {
            return;
        }
        Article article = published.articles(event.language()).stream()
                .filter(a -> a.id().equals(event.articleId())).findFirst().orElse(null);
        if (article == null) {
            return;
        }
        Topic topic = published.topicOf(article);
        var listed = new SubscriptionMails.ListedArticle(article.title(), article.summary(),
                address.baseUrl() + PublishedArticles.path(topic, article));
        int queued = 0;
        for (var subscription : subscriptions.confirmed(event.language(), topic.id())) {
            if (outbox.enqueue(mails.alert(subscription, topic.title(), listed, article.id(), event.revision()))) {
                queued++;
            }
        }
        if (queued > 0) {
            log.info("Queued {} alert(s) for the update of {}/{}", queued, event.language(), article.id());
        }
    }
}
