package org.evidenz.treatment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evidenz.shared.ChildRows;
import org.evidenz.shared.Language;
import org.evidenz.shared.OrderedContentTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collection of treatments, per language, in the order their bundle lists them. A treatment is deleted with its
 * variants, after whatever refers to it.
 */
@Repository
public class Treatments extends OrderedContentTable {

    private static final String COLUMNS = """
            id, slug, name, kind, summary, description, mechanism, plausibility, plausibility_note, delivered_by,
            practitioner_note""";

    Treatments(JdbcClient jdbc) {
        super(jdbc, "treatment");
    }

    public List<Treatment> findAll(Language language) {
        return query(language, "", Map.of());
    }

    public List<Treatment> findByKind(Language language, TreatmentKind kind) {
        return query(language, "and kind = :kind", Map.of("kind", kind.name()));
    }

    public Optional<Treatment> findBySlug(Language language, String slug) {
        return query(language, "and slug = :slug", Map.of("slug", slug)).stream().findFirst();
    }

    public Optional<Treatment> findById(Language language, String id) {
        return query(language, "and id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The treatments with these ids, in the order the ids were given; unknown ids are skipped. */
    public List<Treatment> findAllById(Language language, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Treatment> byId = new java.util.HashMap<>();
        query(language, "and id in (:ids)", Map.of("ids", ids)).forEach(t -> byId.put(t.id(), t));
        return ids.stream().map(byId::get).filter(t -> t != null).toList();
    }

    @Transactional
    public void insert(Treatment treatment, int position) {
        Language language = treatment.language();
        jdbc.sql("insert into treatment (lang, position, " + COLUMNS + ") values (:lang, :position, :id, :slug, "
                        + ":name, :kind, :summary, :description, :mechanism, :plausibility, :plausibilityNote, "
                        + ":deliveredBy, :practitionerNote)")
                .param("lang", language.code())
                .param("position", position)
                .param("id", treatment.id())
                .param("slug", treatment.slug())
                .param("name", treatment.name())
                .param("kind", treatment.kind().name())
                .param("summary", treatment.summary())
                .param("description", treatment.description())
                .param("mechanism", treatment.mechanism())
                .param("plausibility", treatment.plausibility().name())
                .param("plausibilityNote", treatment.plausibilityNote())
                .param("deliveredBy", treatment.deliveredBy())
                .param("practitionerNote", treatment.practitionerNote())
                .update();
        ChildRows.insertStrings(jdbc, language, "treatment_alias", "treatment_id", "alias", treatment.id(),
                treatment.aliases());
        List<Variant> variants = treatment.variants();
        for (int i = 0; i < variants.size(); i++) {
            Variant variant = variants.get(i);
            jdbc.sql("insert into treatment_variant (lang, treatment_id, id, position, name, description) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(language.code(), treatment.id(), variant.id(), i, variant.name(), variant.description())
                    .update();
        }
    }

    private List<Treatment> query(Language language, String clause, Map<String, ?> params) {
        Map<String, List<String>> aliases = ChildRows.strings(jdbc, language, "treatment_alias", "treatment_id",
                "alias");
        Map<String, List<Variant>> variants = ChildRows.rows(jdbc, language, "treatment_variant", "treatment_id",
                "id, name, description",
                (rs, n) -> new Variant(rs.getString("id"), rs.getString("name"), rs.getString("description")));
        return jdbc.sql("select " + COLUMNS + " from treatment where lang = :lang " + clause + " order by position")
                .param("lang", language.code())
                .params(params)
                .query((rs, n) -> row(rs, language, aliases, variants))
                .list();
    }

    private static Treatment row(ResultSet rs, Language language, Map<String, List<String>> aliases,
            Map<String, List<Variant>> variants) throws SQLException {
        String id = rs.getString("id");
        return new Treatment(language, id, rs.getString("slug"), rs.getString("name"),
                TreatmentKind.valueOf(rs.getString("kind")), rs.getString("summary"), rs.getString("description"),
                rs.getString("mechanism"), Plausibility.valueOf(rs.getString("plausibility")),
                rs.getString("plausibility_note"), rs.getString("delivered_by"), rs.getString("practitioner_note"),
                aliases.getOrDefault(id, List.of()), variants.getOrDefault(id, List.of()));
    }
}
