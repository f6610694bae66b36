package org.evidenz.evidence;

import java.util.List;
import java.util.Map;

import org.evidenz.shared.ChildRows;
import org.evidenz.shared.Language;
import org.evidenz.shared.OrderedContentTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The collection of guidelines with their recommendations, per language; deleted with their recommendations. */
@Repository
public class Guidelines extends OrderedContentTable {

    Guidelines(JdbcClient jdbc) {
        super(jdbc, "guideline");
    }

    public List<Guideline> findAll(Language language) {
        Map<String, List<String>> treatments = ChildRows.strings(jdbc, language, "recommendation_treatment",
                "recommendation_id", "treatment_id");
        Map<String, List<String>> sources = ChildRows.strings(jdbc, language, "recommendation_source",
                "recommendation_id", "source_id");
        Map<String, List<Recommendation>> recommendations = ChildRows.rows(jdbc, language, "recommendation",
                "guideline_id", "id, condition_id, direction, strength, statement",
                (rs, n) -> new Recommendation(rs.getString("id"), rs.getString("guideline_id"),
                        treatments.getOrDefault(rs.getString("id"), List.of()), rs.getString("condition_id"),
                        RecommendationDirection.valueOf(rs.getString("direction")),
                        RecommendationStrength.valueOf(rs.getString("strength")), rs.getString("statement"),
                        sources.getOrDefault(rs.getString("id"), List.of())));
        return jdbc.sql("select id, title, short_title, issuer, issued_year, jurisdiction, status_note, source_id "
                        + "from guideline where lang = ? order by position")
                .param(language.code())
                .query((rs, n) -> new Guideline(language, rs.getString("id"), rs.getString("title"),
                        rs.getString("short_title"), rs.getString("issuer"), rs.getInt("issued_year"),
                        rs.getString("jurisdiction"), rs.getString("status_note"), rs.getString("source_id"),
                        recommendations.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }

    @Transactional
    public void insert(Guideline guideline, int position) {
        String lang = guideline.language().code();
        jdbc.sql("insert into guideline (lang, id, position, title, short_title, issuer, issued_year, jurisdiction, "
                        + "status_note, source_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(lang, guideline.id(), position, guideline.title(), guideline.shortTitle(),
                        guideline.issuer(), guideline.year(), guideline.jurisdiction(), guideline.statusNote(),
                        guideline.sourceId())
                .update();
        List<Recommendation> recommendations = guideline.recommendations();
        for (int i = 0; i < recommendations.size(); i++) {
            Recommendation r = recommendations.get(i);
            jdbc.sql("insert into recommendation (lang, id, guideline_id, position, condition_id, direction, "
                            + "strength, statement) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(lang, r.id(), guideline.id(), i, r.conditionId(), r.direction().name(),
                            r.strength().name(), r.statement())
                    .update();
            ChildRows.insertStrings(jdbc, guideline.language(), "recommendation_treatment", "recommendation_id",
                    "treatment_id", r.id(), r.treatmentIds());
            ChildRows.insertStrings(jdbc, guideline.language(), "recommendation_source", "recommendation_id",
                    "source_id", r.id(), r.sourceIds());
        }
    }
}
