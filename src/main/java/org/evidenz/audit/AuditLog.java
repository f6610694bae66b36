package org.evidenz.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.shared.DatabaseTime;
import org.evidenz.shared.Language;
import org.evidenz.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of every change, transition, sign-in and permission change. There is deliberately no way
 * to change or delete an entry. An entry joins the transaction of the change it records, so a change that is
 * rolled back leaves no entry behind, and a recorded change always has its entry.
 */
@Repository
public class AuditLog {

    private static final int MAX_DETAILS = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records what {@code actor} (an e-mail address, or "system" for jobs) did to an item, in its transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Instant at, String actor, AuditAction action, ItemKey item, Integer revision, String details) {
        append(at, actor, action, item, revision, details);
    }

    /** Records, now, what {@code actor} did that concerns no content item (feedback triage, a newsletter sent). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, AuditAction action, String details) {
        append(clock.instant(), actor, action, null, null, details);
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
                .params(DatabaseTime.bind(at), actor, action.name(), item == null ? null : item.kind().name(),
                        item == null || item.language() == null ? null : item.language().code(),
                        item == null ? null : item.id(), revision,
                        details == null || details.length() <= MAX_DETAILS ? details
                                : details.substring(0, MAX_DETAILS))
                .update();
    }

    /** Entries matching the filter, newest first, one page at a time. */
    public List<AuditEntry> find(AuditFilter filter, Paging paging) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(paging.size());
        params.add(paging.offset());
        return jdbc.sql("select id, at, actor, action, kind, lang, item_id, revision, details from audit_event"
                        + where + " order by id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> {
                    String kind = rs.getString("kind");
                    String lang = rs.getString("lang");
                    ItemKey key = kind == null ? null : new ItemKey(ItemKind.valueOf(kind),
                            lang == null ? null : Language.of(lang), rs.getString("item_id"));
                    return new AuditEntry(rs.getLong("id"), DatabaseTime.read(rs, "at"), rs.getString("actor"),
                            rs.getString("action"), key, rs.getObject("revision", Integer.class),
                            rs.getString("details"));
                })
                .list();
    }

    public long count(AuditFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
    }

    /** The names of the actions recorded so far, for choosing one. */
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_event order by action").query(String.class).list();
    }

    private static String where(AuditFilter filter, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.actor() != null) {
            conditions.add("actor = ?");
            params.add(filter.actor());
        }
        if (filter.action() != null) {
            conditions.add("action = ?");
            params.add(filter.action());
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
            params.add(DatabaseTime.bind(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("at < ?");
            params.add(DatabaseTime.bind(filter.to()));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
