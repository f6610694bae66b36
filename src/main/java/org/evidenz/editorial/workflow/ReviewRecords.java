package org.evidenz.editorial.workflow;

import java.time.Instant;
import java.util.List;

import org.evidenz.editorial.PublicationKind;
import org.evidenz.shared.DatabaseTime;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The history, external-reviewer assignments and publications of articles. */
@Repository
public class ReviewRecords {

    private final JdbcClient jdbc;

    ReviewRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void event(Language language, String articleId, Instant at, String actor, ReviewEvent.Kind kind,
            WorkflowState from, WorkflowState to, Integer articleRevision, String message) {
        jdbc.sql("insert into review_event (lang, article_id, at, actor, kind, from_state, to_state, article_revision, "
                        + "message) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(language.code(), articleId, DatabaseTime.bind(at), actor, kind.name(),
                        from == null ? null : from.name(),
                        to == null ? null : to.name(), articleRevision, message)
                .update();
    }

    /** Newest first. */
    public List<ReviewEvent> events(Language language, String articleId) {
        return jdbc.sql("select id, at, actor, kind, from_state, to_state, article_revision, message from review_event "
                        + "where lang = ? and article_id = ? order by id desc")
                .params(language.code(), articleId)
                .query((rs, n) -> new ReviewEvent(rs.getLong("id"),
                        DatabaseTime.read(rs, "at"), rs.getString("actor"),
                        ReviewEvent.Kind.valueOf(rs.getString("kind")), state(rs.getString("from_state")),
                        state(rs.getString("to_state")), rs.getObject("article_revision", Integer.class),
                        rs.getString("message")))
                .list();
    }

    public record Assignment(String reviewer, Instant assignedAt, String assignedBy, Instant signedOffAt) {
        public boolean signedOff() {
            return signedOffAt != null;
        }
    }

    public List<Assignment> assignments(Language language, String articleId) {
        return jdbc.sql("select reviewer, assigned_at, assigned_by, signed_off_at from review_assignment "
                        + "where lang = ? and article_id = ? order by reviewer")
                .params(language.code(), articleId)
                .query((rs, n) -> new Assignment(rs.getString("reviewer"),
                        DatabaseTime.read(rs, "assigned_at"), rs.getString("assigned_by"),
                        DatabaseTime.read(rs, "signed_off_at")))
                .list();
    }

    /** Articles whose drafts an external reviewer may see. */
    public List<String> assignedTo(String reviewer, Language language) {
        return jdbc.sql("select article_id from review_assignment where reviewer = ? and lang = ?")
                .params(reviewer, language.code()).query(String.class).list();
    }

    @Transactional
    public void assign(Language language, String articleId, String reviewer, String by, Instant at) {
        jdbc.sql("insert into review_assignment (lang, article_id, reviewer, assigned_at, assigned_by) "
                        + "values (?, ?, ?, ?, ?)")
                .params(language.code(), articleId, reviewer, DatabaseTime.bind(at), by)
                .update();
    }

    @Transactional
    public void signOff(Language language, String articleId, String reviewer, Instant at) {
        jdbc.sql("update review_assignment set signed_off_at = ? where lang = ? and article_id = ? and reviewer = ?")
                .params(DatabaseTime.bind(at), language.code(), articleId, reviewer)
                .update();
    }

    @Transactional
    public void clearAssignments(Language language, String articleId) {
        jdbc.sql("delete from review_assignment where lang = ? and article_id = ?").params(language.code(), articleId)
                .update();
    }

    public record Publication(int articleRevision, Instant publishedAt, String publishedBy, PublicationKind kind,
            boolean externalReview, String reviewers) {
    }

    @Transactional
    public void publication(Language language, String articleId, Publication p) {
        jdbc.sql("insert into article_publication (lang, article_id, article_revision, published_at, published_by, "
                        + "kind, external_review, reviewers) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(language.code(), articleId, p.articleRevision(), DatabaseTime.bind(p.publishedAt()),
                        p.publishedBy(),
                        p.kind().name(), p.externalReview(), p.reviewers())
                .update();
    }

    /** Newest first. */
    public List<Publication> publications(Language language, String articleId) {
        return jdbc.sql("select article_revision, published_at, published_by, kind, external_review, reviewers "
                        + "from article_publication where lang = ? and article_id = ? order by id desc")
                .params(language.code(), articleId)
                .query((rs, n) -> new Publication(rs.getInt("article_revision"),
                        DatabaseTime.read(rs, "published_at"), rs.getString("published_by"),
                        PublicationKind.valueOf(rs.getString("kind")), rs.getBoolean("external_review"),
                        rs.getString("reviewers")))
                .list();
    }

    @Transactional
    public void deleteAll() {
        jdbc.sql("delete from review_event").update();
        jdbc.sql("delete from review_assignment").update();
        jdbc.sql("delete from article_publication").update();
    }

    private static WorkflowState state(String name) {
        return name == null ? null : WorkflowState.valueOf(name);
    }


}
