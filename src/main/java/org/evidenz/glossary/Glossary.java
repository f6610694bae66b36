package org.evidenz.glossary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evidenz.shared.ChildRows;
import org.evidenz.shared.ContentTable;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The collection of glossary terms, per language, in alphabetical order. */
@Repository
public class Glossary extends ContentTable {

    Glossary(JdbcClient jdbc) {
        super(jdbc, "glossary_term");
    }

    public List<Term> findAll(Language language) {
        return query(language, "", Map.of());
    }

    public Optional<Term> findBySlug(Language language, String slug) {
        return query(language, "and slug = :slug", Map.of("slug", slug)).stream().findFirst();
    }

    public Optional<Term> findById(Language language, String id) {
        return query(language, "and id = :id", Map.of("id", id)).stream().findFirst();
    }

    @Transactional
    public void insert(Term term) {
        jdbc.sql("insert into glossary_term (lang, id, slug, term, definition) values (?, ?, ?, ?, ?)")
                .params(term.language().code(), term.id(), term.slug(), term.term(), term.definition())
                .update();
        ChildRows.insertStrings(jdbc, term.language(), "glossary_term_form", "term_id", "form", term.id(),
                term.forms());
    }

    private List<Term> query(Language language, String clause, Map<String, ?> params) {
        Map<String, List<String>> forms = ChildRows.strings(jdbc, language, "glossary_term_form", "term_id", "form");
        List<Term> terms = jdbc.sql("select id, slug, term, definition from glossary_term where lang = :lang " + clause)
                .param("lang", language.code())
                .params(params)
                .query((rs, n) -> new Term(language, rs.getString("id"), rs.getString("slug"), rs.getString("term"),
                        forms.getOrDefault(rs.getString("id"), List.of()), rs.getString("definition")))
                .list();
        // Sorted in Java: the collation must follow the language (ä with a), not the database's default.
        java.text.Collator collator = java.text.Collator.getInstance(language.locale());
        return terms.stream().sorted((a, b) -> collator.compare(a.term(), b.term())).toList();
    }
}
