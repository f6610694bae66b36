package org.evidenz.article;

import java.time.LocalDate;

import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The review facts of published articles, written at publication, read by the reader pages. */
@Repository
public class ArticleReviews {

    private final JdbcClient jdbc;

    ArticleReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ReviewFacts of(Language language, String articleId) {
        return jdbc.sql("select checked_on, external_review from article_review where lang = ? and article_id = ?")
                .params(language.code(), articleId)
                .query((rs, n) -> new ReviewFacts(rs.getObject("checked_on", LocalDate.class),
                        rs.getBoolean("external_review")))
                .optional().orElse(ReviewFacts.NONE);
    }

    @Transactional
    public void set(Language language, String articleId, ReviewFacts facts) {
        delete(language, articleId);
        jdbc.sql("insert into article_review (lang, article_id, checked_on, external_review) values (?, ?, ?, ?)")
                .params(language.code(), articleId, facts.checkedOn(), facts.externalReview())
                .update();
    }

    @Transactional
    public void delete(Language language, String articleId) {
        jdbc.sql("delete from article_review where lang = ? and article_id = ?").params(language.code(), articleId)
                .update();
    }

    @Transactional
    public void deleteAll() {
        jdbc.sql("delete from article_review").update();
    }
}
