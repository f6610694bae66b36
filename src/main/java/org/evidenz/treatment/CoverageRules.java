package org.evidenz.treatment;

import java.util.List;
import java.util.Map;

import org.evidenz.shared.ChildRows;
import org.evidenz.shared.Language;
import org.evidenz.shared.OrderedContentTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The collection of coverage rules (who pays), per language. */
@Repository
public class CoverageRules extends OrderedContentTable {

    CoverageRules(JdbcClient jdbc) {
        super(jdbc, "coverage");
    }

    public List<Coverage> findAll(Language language) {
        Map<String, List<String>> treatments = ChildRows.strings(jdbc, language, "coverage_treatment", "coverage_id",
                "treatment_id");
        Map<String, List<String>> sources = ChildRows.strings(jdbc, language, "coverage_source", "coverage_id",
                "source_id");
        return jdbc.sql("select id, jurisdiction, payer, status, extent, note from coverage where lang = ? "
                        + "order by position")
                .param(language.code())
                .query((rs, n) -> new Coverage(language, rs.getString("id"), rs.getString("jurisdiction"),
                        rs.getString("payer"), CoverageStatus.valueOf(rs.getString("status")),
                        CoverageExtent.valueOf(rs.getString("extent")),
                        treatments.getOrDefault(rs.getString("id"), List.of()), rs.getString("note"),
                        sources.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }

    public List<Coverage> findByTreatment(Language language, String treatmentId) {
        return findAll(language).stream().filter(c -> c.treatmentIds().contains(treatmentId)).toList();
    }

    @Transactional
    public void insert(Coverage coverage, int position) {
        Language language = coverage.language();
        jdbc.sql("insert into coverage (lang, id, position, jurisdiction, payer, status, extent, note) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(language.code(), coverage.id(), position, coverage.jurisdiction(), coverage.payer(),
                        coverage.status().name(), coverage.extent().name(), coverage.note())
                .update();
        ChildRows.insertStrings(jdbc, language, "coverage_treatment", "coverage_id", "treatment_id", coverage.id(),
                coverage.treatmentIds());
        ChildRows.insertStrings(jdbc, language, "coverage_source", "coverage_id", "source_id", coverage.id(),
                coverage.sourceIds());
    }
}
