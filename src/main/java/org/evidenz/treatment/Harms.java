package org.evidenz.treatment;

import java.util.List;
import java.util.Map;

import org.evidenz.shared.ChildRows;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The collection of harms, per language, in the order their bundle lists them. */
@Repository
public class Harms {

    private final JdbcClient jdbc;

    Harms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Harm> findAll(Language language) {
        return query(language, "", Map.of());
    }

    public List<Harm> findByTreatment(Language language, String treatmentId) {
        return query(language, "and treatment_id = :treatment", Map.of("treatment", treatmentId));
    }

    /** Removes the harms of one treatment. */
    @Transactional
    public void deleteByTreatment(Language language, String treatmentId) {
        jdbc.sql("delete from harm where lang = ? and treatment_id = ?").params(language.code(), treatmentId).update();
    }

    @Transactional
    public void deleteAll() {
        jdbc.sql("delete from harm").update();
    }

    @Transactional
    public void insert(Harm harm, int position) {
        Language language = harm.language();
        jdbc.sql("insert into harm (lang, id, treatment_id, variant_id, position, name, description, frequency, "
                        + "seriousness, precaution) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(language.code(), harm.id(), harm.treatmentId(), harm.variantId(), position, harm.name(),
                        harm.description(), harm.frequency().name(), harm.seriousness().name(), harm.precaution())
                .update();
        ChildRows.insertStrings(jdbc, language, "harm_risk_group", "harm_id", "risk_group", harm.id(),
                harm.riskGroups());
        ChildRows.insertStrings(jdbc, language, "harm_source", "harm_id", "source_id", harm.id(), harm.sourceIds());
    }

    private List<Harm> query(Language language, String clause, Map<String, ?> params) {
        Map<String, List<String>> riskGroups = ChildRows.strings(jdbc, language, "harm_risk_group", "harm_id",
                "risk_group");
        Map<String, List<String>> sources = ChildRows.strings(jdbc, language, "harm_source", "harm_id", "source_id");
        return jdbc.sql("select id, treatment_id, variant_id, name, description, frequency, seriousness, precaution "
                        + "from harm where lang = :lang " + clause + " order by position")
                .param("lang", language.code())
                .params(params)
                .query((rs, n) -> new Harm(language, rs.getString("id"), rs.getString("treatment_id"),
                        rs.getString("variant_id"), rs.getString("name"), rs.getString("description"),
                        HarmFrequency.valueOf(rs.getString("frequency")),
                        Seriousness.valueOf(rs.getString("seriousness")),
                        riskGroups.getOrDefault(rs.getString("id"), List.of()), rs.getString("precaution"),
                        sources.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }
}
