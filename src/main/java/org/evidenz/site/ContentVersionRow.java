package org.evidenz.site;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.evidenz.shared.FirstStartLock;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The shared content version in the database (table {@code content_version}, one row). A change moves it on inside
 * its own transaction, so the number and the content commit together; on PostgreSQL the same transaction notifies
 * the other nodes, and the notice is delivered only when it commits.
 */
@Component
class ContentVersionRow {

    /** The channel the nodes {@code LISTEN} on. */
    static final String CHANNEL = "evidenz_content";

    private final JdbcClient jdbc;
    private final boolean postgres;

    ContentVersionRow(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = FirstStartLock.isPostgres(dataSource);
    }

    Latest read() {
        return jdbc.sql("select version, languages from content_version where id = 1")
                .query((rs, number) -> new Latest(rs.getLong(1), languages(rs.getString(2)))).single();
    }

    /**
     * Adds one and names the change's languages, in the caller's transaction (which also serialises concurrent
     * changes on the row).
     */
    void moveOn(Set<Language> languages) {
        jdbc.sql("update content_version set version = version + 1, languages = ? where id = 1")
                .param(languages.stream().map(Language::code).sorted().collect(Collectors.joining(","))).update();
        if (postgres) {
            jdbc.sql("select pg_notify('" + CHANNEL + "', '')").query((row, number) -> number).list();
        }
    }

    boolean postgres() {
        return postgres;
    }

    private static Set<Language> languages(String codes) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (Language language : Language.values()) {
            if (Arrays.asList(codes.split(",")).contains(language.code())) {
                languages.add(language);
            }
        }
        return languages;
    }

    /** The shared version and the languages of the change that set it. */
    record Latest(long version, Set<Language> languages) {
    }
}
