package org.evidenz.editorial.audit;

import org.evidenz.editorial.AuditAction;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.evidenz.bundle.ItemKind;
import org.evidenz.bundle.ItemKey;
import org.evidenz.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of every change, transition, login and permission change. There is deliberately no way
 * to change or delete an entry. An entry joins the transaction of the change it records, so a change that is
 * rolled back leaves no entry behind, and a recorded change always has its entry.
 */
@Repository
public class AuditLog {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Instant at, String actor, AuditAction action, ItemKey item, Integer revision, String details) {
        append(at, actor, action, item, revision, details);
    }

    /** For events outside any change, such as a failed login, which must be kept although nothing else is written. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(Instant at, String actor, AuditAction action, String details) {
        append(at, actor, action, null, null, details);
    }

    private void append(Instant at, String actor, AuditAction action, ItemKey item, Integer revision,
            String details) {
        jdbc.sql("insert into audit_event (at, actor, action, kind, lang, item_id, revision, details) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(at.atOffset(ZoneOffset.UTC), actor, action.name(), item == null ? null : item.kind().name(),
                        item == null || item.language() == null ? null : item.language().code(),
                        item == null ? null : item.id(), revision,
                        details == null ? null : details.length() > 4000 ? details.substring(0, 4000) : details)
                .update();
    }

    /** Entries matching the filter, newest first, one page at a time (1-based). */
    public List<AuditEntry> find(AuditFilter filter, int page) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(PAGE_SIZE);
        params.add((long) (Math.max(1, page) - 1) * PAGE_SIZE);
        return jdbc.sql("select id, at, actor, action, kind, lang, item_id, revision, details from audit_event"
                        + where + " order by id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> {
                    String kind = rs.getString("kind");
                    String lang = rs.getString("lang");
                    ItemKey key = kind == null ? null : new ItemKey(ItemKind.valueOf(kind),
                            lang == null ? null : Language.of(lang), rs.getString("item_id"));
                    return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                            rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), key,
                            rs.getObject("revision", Integer.class), rs.getString("details"));
                })
                .list();
    }

    public long count(AuditFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
    }

    private static String where(AuditFilter filter, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.actor() != null) {
            conditions.add("actor = ?");
            params.add(filter.actor());
        }
        if (filter.action() != null) {
            conditions.add("action = ?");
            params.add(filter.action().name());
        }
        if (filter.kind() != null) {
            conditions.add("kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.itemId() != null) {
            conditions.add("item_id = ?");
            params.add(filter.itemId());
        }
        if (filter.from() != null) {
            conditions.add("at >= ?");
            params.add(filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("at < ?");
            params.add(filter.to().atOffset(ZoneOffset.UTC));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
