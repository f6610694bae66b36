package org.evidenz.subscription.newsletter;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.evidenz.shared.DatabaseTime;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Newsletter issues: composed by an author, sent once by a publisher. */
@Repository
public class NewsletterIssues {

    public record Issue(long id, Language language, String subject, String intro, List<String> articleIds,
            Instant createdAt, String createdBy, Instant sentAt, String sentBy, Integer recipients) {

        public boolean isSent() {
            return sentAt != null;
        }
    }

    private final JdbcClient jdbc;

    NewsletterIssues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(Language language, String subject, String intro, List<String> articleIds, Instant at, String by) {
        jdbc.sql("""
                insert into newsletter_issue (lang, subject, intro, article_ids, created_at, created_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(language.code(), subject, intro, String.join(",", articleIds), DatabaseTime.bind(at), by)
                .update();
        return jdbc.sql("select max(id) from newsletter_issue where created_by = ?").param(by).query(Long.class)
                .single();
    }

    /** Marks the issue sent; false if it was sent already (by someone else, a moment ago). */
    boolean markSent(long id, Instant at, String by, int recipients) {
        return jdbc.sql("update newsletter_issue set sent_at = ?, sent_by = ?, recipients = ? "
                + "where id = ? and sent_at is null").params(DatabaseTime.bind(at), by, recipients, id).update() == 1;
    }

    Optional<Issue> find(long id) {
        return query("where id = ?", id).stream().findFirst();
    }

    List<Issue> all() {
        return query("order by created_at desc, id desc");
    }

    private List<Issue> query(String where, Object... params) {
        return jdbc.sql("select * from newsletter_issue " + where).params(params).query((rs, n) -> new Issue(
                rs.getLong("id"), Language.of(rs.getString("lang")), rs.getString("subject"), rs.getString("intro"),
                Arrays.stream(rs.getString("article_ids").split(",")).filter(s -> !s.isBlank()).toList(),
                DatabaseTime.read(rs, "created_at"), rs.getString("created_by"), DatabaseTime.read(rs, "sent_at"),
                rs.getString("sent_by"), rs.getObject("recipients", Integer.class))).list();
    }
}
