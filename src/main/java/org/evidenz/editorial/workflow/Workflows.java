package org.evidenz.editorial.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.evidenz.shared.DatabaseTime;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The workflow of every article. Updates are guarded by a version number against two steps at once. */
@Repository
public class Workflows {

    private static final String COLUMNS = "lang, article_id, state, reviewed_scope, requires_external_review, "
            + "scheduled_at, responsible, review_cycle_years, lock_version, schedule_refused_at, schedule_refusal";

    private final JdbcClient jdbc;

    Workflows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ArticleWorkflow> find(Language language, String articleId) {
        return jdbc.sql("select " + COLUMNS + " from article_workflow where lang = ? and article_id = ?")
                .params(language.code(), articleId).query(Workflows::row).optional();
    }

    public List<ArticleWorkflow> all() {
        return jdbc.sql("select " + COLUMNS + " from article_workflow order by lang, article_id")
                .query(Workflows::row).list();
    }

    @Transactional
    public void insert(ArticleWorkflow w) {
        jdbc.sql("insert into article_workflow (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
                .params(w.language().code(), w.articleId(), w.state().name(), w.reviewedScope(),
                        w.requiresExternalReview(), DatabaseTime.bind(w.scheduledAt()), w.responsible(),
                        w.reviewCycleYears(),
                        DatabaseTime.bind(w.scheduleRefusedAt()), w.scheduleRefusal())
                .update();
    }

    /** Saves a changed workflow; false when someone changed it since it was read (nothing is written then). */
    @Transactional
    public boolean update(ArticleWorkflow w) {
        return jdbc.sql("update article_workflow set state = ?, reviewed_scope = ?, requires_external_review = ?, "
                        + "scheduled_at = ?, responsible = ?, review_cycle_years = ?, schedule_refused_at = ?, "
                        + "schedule_refusal = ?, lock_version = lock_version + 1 "
                        + "where lang = ? and article_id = ? and lock_version = ?")
                .params(w.state().name(), w.reviewedScope(), w.requiresExternalReview(),
                        DatabaseTime.bind(w.scheduledAt()), w.responsible(), w.reviewCycleYears(),
                        DatabaseTime.bind(w.scheduleRefusedAt()), w.scheduleRefusal(),
                        w.language().code(), w.articleId(), w.lockVersion())
                .update() == 1;
    }

    @Transactional
    public void deleteAll() {
        jdbc.sql("delete from article_workflow").update();
    }



    private static ArticleWorkflow row(ResultSet rs, int n) throws SQLException {
        return new ArticleWorkflow(Language.of(rs.getString("lang")), rs.getString("article_id"),
                WorkflowState.valueOf(rs.getString("state")), rs.getString("reviewed_scope"),
                rs.getBoolean("requires_external_review"), DatabaseTime.read(rs, "scheduled_at"),
                rs.getString("responsible"), rs.getInt("review_cycle_years"), rs.getInt("lock_version"),
                DatabaseTime.read(rs, "schedule_refused_at"), rs.getString("schedule_refusal"));
    }
}
