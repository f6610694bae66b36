package org.evidenz.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The collection of bibliographic records. Sources are shared by every language. */
@Repository
public class Sources {

    private static final String COLUMNS = """
            id, type, more_authors, title, container_title, issued_year, volume, issue, pages, article_number, doi,
            pmid, publisher, publisher_place, collection_title, collection_number, report_number, url, language,
                    note""";

    private final JdbcClient jdbc;

    Sources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Source> findById(String id) {
        return findAllById(List.of(id)).stream().findFirst();
    }

    /** The sources with these ids, in the order the ids were given; unknown ids are skipped. */
    public List<Source> findAllById(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Source> byId = new LinkedHashMap<>();
        for (Source source : query("where id in (:ids)", Map.of("ids", ids))) {
            byId.put(source.id(), source);
        }
        return ids.stream().distinct().map(byId::get).filter(s -> s != null).toList();
    }

    public List<Source> findAll() {
        return query("order by id", Map.of());
    }

    @Transactional
    public void insert(Source source) {
        jdbc.sql("insert into source (" + COLUMNS + ") values (:id, :type, :moreAuthors, :title, :containerTitle, "
                        + ":year, :volume, :issue, :pages, :articleNumber, :doi, :pmid, :publisher, :publisherPlace, "
                        + ":collectionTitle, :collectionNumber, :reportNumber, :url, :language, :note)")
                .param("id", source.id())
                .param("type", source.type().name())
                .param("moreAuthors", source.moreAuthors())
                .param("title", source.title())
                .param("containerTitle", source.containerTitle())
                .param("year", source.year())
                .param("volume", source.volume())
                .param("issue", source.issue())
                .param("pages", source.pages())
                .param("articleNumber", source.articleNumber())
                .param("doi", source.doi())
                .param("pmid", source.pmid())
                .param("publisher", source.publisher())
                .param("publisherPlace", source.publisherPlace())
                .param("collectionTitle", source.collectionTitle())
                .param("collectionNumber", source.collectionNumber())
                .param("reportNumber", source.reportNumber())
                .param("url", source.url())
                .param("language", source.language())
                .param("note", source.note())
                .update();
        List<Author> authors = source.authors();
        for (int i = 0; i < authors.size(); i++) {
            Author author = authors.get(i);
            jdbc.sql("insert into source_author (source_id, position, family, given, literal) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(source.id(), i, author.family(), author.given(), author.literal())
                    .update();
        }
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from source").query(Long.class).single() == 0;
    }

    private List<Source> query(String clause, Map<String, ?> params) {
        List<Source> sources = jdbc.sql("select " + COLUMNS + " from source " + clause).params(params)
                .query(Sources::row).list();
        if (sources.isEmpty()) {
            return List.of();
        }
        Map<String, List<Author>> authors = new LinkedHashMap<>();
        jdbc.sql("select source_id, family, given, literal from source_author where source_id in (:ids) "
                        + "order by source_id, position")
                .param("ids", sources.stream().map(Source::id).toList())
                .query(rs -> {
                    authors.computeIfAbsent(rs.getString("source_id"), k -> new ArrayList<>())
                            .add(new Author(rs.getString("family"), rs.getString("given"), rs.getString("literal")));
                });
        return sources.stream().map(s -> s.withAuthors(authors.getOrDefault(s.id(), List.of()))).toList();
    }

    private static Source row(ResultSet rs, int rowNum) throws SQLException {
        return new Source(rs.getString("id"), SourceType.valueOf(rs.getString("type")), List.of(),
                rs.getBoolean("more_authors"), rs.getString("title"), rs.getString("container_title"),
                rs.getInt("issued_year"), rs.getString("volume"), rs.getString("issue"), rs.getString("pages"),
                rs.getString("article_number"), rs.getString("doi"), rs.getString("pmid"), rs.getString("publisher"),
                rs.getString("publisher_place"), rs.getString("collection_title"), rs.getString("collection_number"),
                rs.getString("report_number"), rs.getString("url"), rs.getString("language"), rs.getString("note"));
    }

    @Transactional
    public void delete(String id) {
        jdbc.sql("delete from source where id = ?").param(id).update();
    }

    @Transactional
    public void deleteAll() {
        jdbc.sql("delete from source").update();
    }
}
