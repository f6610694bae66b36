package org.evidenz.condition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evidenz.shared.ChildRows;
import org.evidenz.shared.ContentTable;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The collection of conditions, per language. */
@Repository
public class Conditions extends ContentTable {

    Conditions(JdbcClient jdbc) {
        super(jdbc, "condition");
    }

    public List<Condition> findAll(Language language) {
        return query(language, "", Map.of());
    }

    public Optional<Condition> findById(Language language, String id) {
        return query(language, "and id = :id", Map.of("id", id)).stream().findFirst();
    }

    @Transactional
    public void insert(Condition condition) {
        String lang = condition.language().code();
        jdbc.sql("insert into condition (lang, id, slug, name, description) values (?, ?, ?, ?, ?)")
                .params(lang, condition.id(), condition.slug(), condition.name(), condition.description())
                .update();
        ChildRows.insertStrings(jdbc, condition.language(), "condition_lay_name", "condition_id", "name",
                condition.id(), condition.layNames());
        for (int i = 0; i < condition.codes().size(); i++) {
            ConditionCode code = condition.codes().get(i);
            jdbc.sql("insert into condition_code (lang, condition_id, position, code_system, code, display, "
                            + "code_version) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(lang, condition.id(), i, code.system().name(), code.code(), code.display(),
                            code.version())
                    .update();
        }
    }

    private List<Condition> query(Language language, String clause, Map<String, ?> params) {
        Map<String, List<String>> layNames = ChildRows.strings(jdbc, language, "condition_lay_name", "condition_id",
                "name");
        Map<String, List<ConditionCode>> codes = ChildRows.rows(jdbc, language, "condition_code", "condition_id",
                "code_system, code, display, code_version", (rs, n) -> new ConditionCode(
                        CodeSystem.valueOf(rs.getString("code_system")), rs.getString("code"),
                        rs.getString("display"), rs.getString("code_version")));
        return jdbc.sql("select id, slug, name, description from condition where lang = :lang " + clause
                        + " order by id")
                .param("lang", language.code())
                .params(params)
                .query((rs, n) -> new Condition(language, rs.getString("id"), rs.getString("slug"),
                        rs.getString("name"), layNames.getOrDefault(rs.getString("id"), List.of()),
                        rs.getString("description"), codes.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }
}
