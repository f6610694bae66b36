package org.evidenz.article;

import java.util.Map;
import java.util.Optional;

import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The translation facts of published articles, written by the editorial side, read by the reader pages. */
@Repository
public class ArticleTranslations {

    private final JdbcClient jdbc;

    ArticleTranslations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty for an original, or an article not published. */
    public Optional<TranslationFacts> of(Language language, String articleId) {
        return jdbc.sql("select original_lang, outdated from article_translation where lang = ? and article_id = ?")
                .params(language.code(), articleId)
                .query((rs, n) -> new TranslationFacts(Language.of(rs.getString("original_lang")),
                        rs.getBoolean("outdated")))
                .optional();
    }

    /** Replaces every article's facts at once; returns whether anything readers see changed. */
    @Transactional
    public boolean replaceAll(Map<String, Map<Language, TranslationFacts>> factsByArticle) {
        Map<String, Map<Language, TranslationFacts>> before = new java.util.HashMap<>();
        jdbc.sql("select lang, article_id, original_lang, outdated from article_translation")
                .query(rs -> {
                    before.computeIfAbsent(rs.getString("article_id"), k -> new java.util.HashMap<>())
                            .put(Language.of(rs.getString("lang")), new TranslationFacts(
                                    Language.of(rs.getString("original_lang")), rs.getBoolean("outdated")));
                });
        if (before.equals(factsByArticle)) {
            return false;
        }
        jdbc.sql("delete from article_translation").update();
        factsByArticle.forEach((articleId, byLanguage) -> byLanguage.forEach((language, facts) -> jdbc
                .sql("insert into article_translation (lang, article_id, original_lang, outdated) values (?, ?, ?, ?)")
                .params(language.code(), articleId, facts.original().code(), facts.outdated())
                .update()));
        return true;
    }
}
