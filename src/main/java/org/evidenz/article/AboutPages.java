package org.evidenz.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evidenz.shared.ContentTable;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The published pages about the site, per language, ordered by slug. */
@Repository
public class AboutPages extends ContentTable {

    AboutPages(JdbcClient jdbc) {
        super(jdbc, "about_page");
    }

    public List<AboutPage> findAll(Language language) {
        return query(language, "", Map.of());
    }

    public Optional<AboutPage> findBySlug(Language language, String slug) {
        return query(language, "and slug = :slug", Map.of("slug", slug)).stream().findFirst();
    }

    public Optional<AboutPage> findById(Language language, String id) {
        return query(language, "and id = :id", Map.of("id", id)).stream().findFirst();
    }

    @Transactional
    public void insert(AboutPage page) {
        jdbc.sql("insert into about_page (lang, id, slug, title, summary, body) values (?, ?, ?, ?, ?, ?)")
                .params(page.language().code(), page.id(), page.slug(), page.title(), page.summary(), page.body())
                .update();
    }

    private List<AboutPage> query(Language language, String clause, Map<String, ?> params) {
        return jdbc.sql("select id, slug, title, summary, body from about_page where lang = :lang " + clause
                        + " order by slug")
                .param("lang", language.code())
                .params(params)
                .query((rs, n) -> new AboutPage(language, rs.getString("id"), rs.getString("slug"),
                        rs.getString("title"), rs.getString("summary"), rs.getString("body")))
                .list();
    }
}
