package org.evidenz.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evidenz.shared.ChildRows;
import org.evidenz.shared.Language;
import org.evidenz.shared.OrderedContentTable;
import org.evidenz.shared.PlannedDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collection of articles, per language. Methods named {@code findPublished…} are the only ones a public
 * channel may use: they never return a draft or an archived article.
 */
@Repository
public class Articles extends OrderedContentTable {

    Articles(JdbcClient jdbc) {
        super(jdbc, "article");
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
                        + "next_review, next_review_year_only, lead_image) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(language.code(), article.id(), article.topicId(), position, article.slug(), article.title(),
                        article.summary(), article.status().name(), article.updated(), article.nextReview().date(),
                        article.nextReview().yearOnly(), article.leadImageId())
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

    /** One query for the articles, then one per child list for just those articles. */
    private List<Article> query(Language language, String clause, Map<String, ?> params) {
        List<Article> found = jdbc.sql("select id, topic_id, slug, title, summary, status, updated_on, next_review, "
                        + "next_review_year_only, lead_image from article where lang = :lang " + clause
                        + " order by position")
                .param("lang", language.code())
                .params(params)
                .query((rs, n) -> row(language, rs))
                .list();
        if (found.isEmpty()) {
            return found;
        }
        List<String> ids = found.stream().map(Article::id).toList();
        Map<String, List<Section>> sections = ChildRows.rows(jdbc, language, "article_section", "article_id",
                "anchor, layer, title, body", (rs, n) -> new Section(rs.getString("anchor"),
                        Layer.valueOf(rs.getString("layer")), rs.getString("title"), rs.getString("body")), ids);
        Map<String, List<String>> treatments = ChildRows.strings(jdbc, language, "article_treatment", "article_id",
                "treatment_id", ids);
        Map<String, List<String>> furtherSources = ChildRows.strings(jdbc, language, "article_further_source",
                "article_id", "source_id", ids);
        return found.stream().map(a -> new Article(a.language(), a.id(), a.topicId(), a.slug(), a.title(),
                a.summary(), a.status(), a.updated(), a.nextReview(), sections.getOrDefault(a.id(), List.of()),
                treatments.getOrDefault(a.id(), List.of()), furtherSources.getOrDefault(a.id(), List.of()),
                a.leadImageId())).toList();
    }

    private static Article row(Language language, ResultSet rs) throws SQLException {
        LocalDate nextReview = rs.getObject("next_review", LocalDate.class);
        return new Article(language, rs.getString("id"), rs.getString("topic_id"), rs.getString("slug"),
                rs.getString("title"), rs.getString("summary"), ArticleStatus.valueOf(rs.getString("status")),
                rs.getObject("updated_on", LocalDate.class),
                rs.getBoolean("next_review_year_only") ? PlannedDate.ofYear(nextReview.getYear())
                        : PlannedDate.ofDate(nextReview),
                List.of(), List.of(), List.of(), rs.getString("lead_image"));
    }
}
