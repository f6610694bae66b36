package org.evidenz.article;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.evidenz.article.TranslationFacts.Notice;
import org.evidenz.article.TranslationFacts.Subject;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The translation notices of published articles and treatment pages, written by the editorial side, read by the
 * reader pages and the API.
 */
@Repository
public class ArticleTranslations {

    private final JdbcClient jdbc;

    ArticleTranslations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty for an original, or a page not published. */
    public Optional<TranslationFacts> of(Language language, String articleId) {
        return of(Subject.ARTICLE, language, articleId);
    }

    public Optional<TranslationFacts> ofTreatment(Language language, String treatmentId) {
        return of(Subject.TREATMENT, language, treatmentId);
    }

    private Optional<TranslationFacts> of(Subject subject, Language language, String id) {
        return jdbc.sql("select original_lang, outdated from translation_notice "
                        + "where subject = ? and lang = ? and item_id = ?")
                .params(subject.name(), language.code(), id)
                .query((rs, n) -> new TranslationFacts(Language.of(rs.getString("original_lang")),
                        rs.getBoolean("outdated")))
                .optional();
    }

    /** Replaces every notice at once; returns whether anything readers see changed. */
    @Transactional
    public boolean replaceAll(List<Notice> notices) {
        Set<Notice> before = new HashSet<>(jdbc.sql("select * from translation_notice")
                .query((rs, n) -> new Notice(Subject.valueOf(rs.getString("subject")),
                        Language.of(rs.getString("lang")), rs.getString("item_id"), new TranslationFacts(
                                Language.of(rs.getString("original_lang")), rs.getBoolean("outdated"))))
                .list());
        if (before.equals(new HashSet<>(notices))) {
            return false;
        }
        jdbc.sql("delete from translation_notice").update();
        for (Notice notice : notices) {
            jdbc.sql("insert into translation_notice (subject, lang, item_id, original_lang, outdated) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(notice.subject().name(), notice.language().code(), notice.id(),
                            notice.facts().original().code(), notice.facts().outdated())
                    .update();
        }
        return true;
    }
}
