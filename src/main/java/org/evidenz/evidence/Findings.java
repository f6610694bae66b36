package org.evidenz.evidence;

import java.util.List;
import java.util.Map;

import org.evidenz.shared.ChildRows;
import org.evidenz.shared.Language;
import org.evidenz.shared.OrderedContentTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The collection of evidence findings, per language, in the order their bundle lists them. */
@Repository
public class Findings extends OrderedContentTable {

    Findings(JdbcClient jdbc) {
        super(jdbc, "finding");
    }

    public List<EvidenceFinding> findAll(Language language) {
        return query(language, "", Map.of());
    }

    public List<EvidenceFinding> findByTreatment(Language language, String treatmentId) {
        return query(language, "and treatment_id = :treatment", Map.of("treatment", treatmentId));
    }

    @Transactional
    public void insert(EvidenceFinding finding, int position) {
        Language language = finding.language();
        jdbc.sql("insert into finding (lang, id, position, treatment_id, variant_id, condition_id, phase, outcome, "
                        + "comparator, direction, effect_size, duration, certainty, study_base, statement) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(language.code(), finding.id(), position, finding.treatmentId(), finding.variantId(),
                        finding.conditionId(), finding.phase().name(), finding.outcome(), finding.comparator(),
                        finding.direction().name(), finding.size().name(), finding.duration().name(),
                        finding.certainty().name(), finding.studyBase(), finding.statement())
                .update();
        ChildRows.insertStrings(jdbc, language, "finding_source", "finding_id", "source_id", finding.id(),
                finding.sourceIds());
    }

    private List<EvidenceFinding> query(Language language, String clause, Map<String, ?> params) {
        Map<String, List<String>> sources = ChildRows.strings(jdbc, language, "finding_source", "finding_id",
                "source_id");
        return jdbc.sql("select id, treatment_id, variant_id, condition_id, phase, outcome, comparator, direction, "
                        + "effect_size, duration, certainty, study_base, statement from finding where lang = :lang "
                        + clause + " order by position")
                .param("lang", language.code())
                .params(params)
                .query((rs, n) -> new EvidenceFinding(language, rs.getString("id"), rs.getString("treatment_id"),
                        rs.getString("variant_id"), rs.getString("condition_id"), Phase.valueOf(rs.getString("phase")),
                        rs.getString("outcome"), rs.getString("comparator"),
                        FindingDirection.valueOf(rs.getString("direction")),
                        EffectSize.valueOf(rs.getString("effect_size")),
                        EffectDuration.valueOf(rs.getString("duration")),
                        Certainty.valueOf(rs.getString("certainty")), rs.getString("study_base"),
                        rs.getString("statement"), sources.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }
}
