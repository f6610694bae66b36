package org.evidenz.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evidenz.shared.ChildRows;
import org.evidenz.shared.Language;
import org.evidenz.shared.PlannedDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collection of articles, per language. Methods named {@code findPublished…} are the only ones a public
 * channel may use: they never return a draft or an archived article.
 */
@Repository
public class Articles {

    private final JdbcClient jdbc;

    Articles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Article> findPublished(Language language, String topicId, String slug) {
        return query(language, "and topic_id = :topic and slug = :slug and status = 'PUBLISHED'",
                Map.of("topic", topicId, "slug", slug)).stream().findFirst();
    }

    public List<Article> findPublishedByTopic(Language language, String topicId) {
        return query(language, "and topic_id = :topic and status = 'PUBLISHED'", Map.of("topic", topicId));
    }

    public List<Article> findPublished(Language language) {
        return query(language, "and status = 'PUBLISHED'", Map.of());
    }

    /** Every article in every state: for export and editors, never for readers. */
    public List<Article> findAll(Language language) {
        return query(language, "", Map.of());
    }

    @Transactional
    public void insert(Article article, int position) {
        Language language = article.language();
        jdbc.sql("insert into article (lang, id, topic_id, position, slug, title, summary, status, updated_on, "
                        + "next_review, next_review_year_only) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(language.code(), article.id(), article.topicId(), position, article.slug(), article.title(),
                        article.summary(), article.status().name(), article.updated(), article.nextReview().date(),
                        article.nextReview().yearOnly())
                .update();
        List<Section> sections = article.sections();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            jdbc.sql("insert into article_section (lang, article_id, position, anchor, layer, title, body) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(language.code(), article.id(), i, section.anchor(), section.layer().name(),
                            section.title(), section.body())
                    .update();
        }
        ChildRows.insertStrings(jdbc, language, "article_treatment", "article_id", "treatment_id", article.id(),
                article.treatmentIds());
        ChildRows.insertStrings(jdbc, language, "article_further_source", "article_id", "source_id", article.id(),
                article.furtherSourceIds());
    }

    private List<Article> query(Language language, String clause, Map<String, ?> params) {
        Map<String, List<Section>> sections = ChildRows.rows(jdbc, language, "article_section", "article_id",
                "anchor, layer, title, body", (rs, n) -> new Section(rs.getString("anchor"),
                        Layer.valueOf(rs.getString("layer")), rs.getString("title"), rs.getString("body")));
        Map<String, List<String>> treatments = ChildRows.strings(jdbc, language, "article_treatment", "article_id",
                "treatment_id");
        Map<String, List<String>> furtherSources = ChildRows.strings(jdbc, language, "article_further_source",
                "article_id", "source_id");
        return jdbc.sql("select id, topic_id, slug, title, summary, status, updated_on, next_review, "
                        + "next_review_year_only from article where lang = :lang " + clause + " order by position")
                .param("lang", language.code())
                .params(params)
                .query((rs, n) -> row(language, rs, sections, treatments, furtherSources))
                .list();
    }

    private static Article row(Language language, ResultSet rs, Map<String, List<Section>> sections,
            Map<String, List<String>> treatments, Map<String, List<String>> furtherSources) throws SQLException {
        String id = rs.getString("id");
        var nextReview = rs.getObject("next_review", java.time.LocalDate.class);
        return new Article(language, id, rs.getString("topic_id"), rs.getString("slug"), rs.getString("title"),
                rs.getString("summary"), ArticleStatus.valueOf(rs.getString("status")),
                rs.getObject("updated_on", java.time.LocalDate.class),
                rs.getBoolean("next_review_year_only") ? PlannedDate.ofYear(nextReview.getYear())
                        : PlannedDate.ofDate(nextReview),
                sections.getOrDefault(id, List.of()), treatments.getOrDefault(id, List.of()),
                furtherSources.getOrDefault(id, List.of()));
    }
}
