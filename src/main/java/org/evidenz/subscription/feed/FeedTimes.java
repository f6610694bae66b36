package org.evidenz.subscription.feed;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.evidenz.editorial.ArticlePublished;
import org.evidenz.editorial.PublicationKind;
import org.evidenz.shared.DatabaseTime;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When each article was first published and when its content last changed, to the second, as the feeds need them
 * (articles themselves carry only the date of their last update). Learnt from publication events; content loaded
 * from a bundle without one falls back to its update date.
 */
@Repository
class FeedTimes {

    record Times(Instant firstPublished, Instant updated) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    FeedTimes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ArticlePublished event) {
        OffsetDateTime now = DatabaseTime.bind(clock.instant());
        boolean changed = event.kind() != PublicationKind.CHECKED;
        int updated = changed
                ? jdbc.sql("update feed_article set updated_at = ? where lang = ? and article_id = ?")
                        .params(now, event.language().code(), event.articleId()).update()
                : jdbc.sql("select count(*) from feed_article where lang = ? and article_id = ?")
                        .params(event.language().code(), event.articleId()).query(Integer.class).single();
        if (updated == 0 && changed) {
            jdbc.sql("insert into feed_article (lang, article_id, first_published_at, updated_at) values (?, ?, ?, ?)")
                    .params(event.language().code(), event.articleId(), now, now).update();
        }
    }

    Map<String, Times> of(Language language) {
        Map<String, Times> times = new HashMap<>();
        jdbc.sql("select article_id, first_published_at, updated_at from feed_article where lang = ?")
                .param(language.code())
                .query(rs -> {
                    times.put(rs.getString("article_id"), new Times(DatabaseTime.read(rs, "first_published_at"),
                            DatabaseTime.read(rs, "updated_at")));
                });
        return times;
    }
}
