package org.evidenz.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.evidenz.shared.DatabaseTime;
import org.evidenz.shell.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The collection of editorial accounts. E-mail addresses are stored in lower case and are unique. */
@Repository
public class Users {

    /** The longest address the tables hold ({@code app_user.email} and every actor column). */
    public static final int MAX_EMAIL_LENGTH = 320;
    /** {@code app_user.display_name}. */
    public static final int MAX_NAME_LENGTH = 200;

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<User> findByEmail(String email) {
        return query("where email = ?", List.of(normalise(email))).stream().findFirst();
    }

    public List<User> findAll() {
        return query("order by email", List.of());
    }

    public List<User> withRole(Role role) {
        return findAll().stream().filter(u -> u.has(role) && u.enabled()).toList();
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() == 0;
    }

    public boolean anyAdmin() {
        return jdbc.sql("select count(*) from user_role r join app_user u on u.id = r.user_id "
                + "where r.role = 'ADMIN' and u.enabled").query(Long.class).single() > 0;
    }

    /**
     * Locks the accounts that hold the role ADMIN until the transaction ends, so that changes which could leave no
     * administrator are made one after the other, each seeing the one before.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockAdministrators() {
        jdbc.sql("select id from app_user where id in (select user_id from user_role where role = 'ADMIN') for update")
                .query(Long.class).list();
    }

    /** Ids of the enabled accounts that hold the role ADMIN, as committed now. */
    public List<Long> enabledAdministrators() {
        return jdbc.sql("select u.id from app_user u join user_role r on r.user_id = u.id "
                + "where r.role = 'ADMIN' and u.enabled").query(Long.class).list();
    }

    @Transactional
    public User create(String email, String displayName, String passwordHash, Set<Role> roles, Instant at) {
        jdbc.sql("insert into app_user (email, display_name, password_hash, enabled, created_at, password_changed_at) "
                        + "values (?, ?, ?, true, ?, ?)")
                .params(normalise(email), displayName, passwordHash, DatabaseTime.bind(at), DatabaseTime.bind(at))
                .update();
        User user = findByEmail(email).orElseThrow();
        setRoles(user.id(), roles);
        return findByEmail(email).orElseThrow();
    }

    @Transactional
    public void setRoles(long userId, Set<Role> roles) {
        jdbc.sql("delete from user_role where user_id = ?").param(userId).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(userId, role.name()).update();
        }
    }

    @Transactional
    public void setPassword(long userId, String passwordHash, Instant at) {
        jdbc.sql("update app_user set password_hash = ?, password_changed_at = ? where id = ?")
                .params(passwordHash, DatabaseTime.bind(at), userId).update();
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, userId).update();
    }

    @Transactional
    public void setDisplayName(long userId, String displayName) {
        jdbc.sql("update app_user set display_name = ? where id = ?").params(displayName, userId).update();
    }

    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private List<User> query(String clause, List<Object> params) {
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select user_id, role from user_role").query(rs -> {
            roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
        });
        return jdbc.sql("select id, email, display_name, password_hash, enabled, created_at, password_changed_at "
                        + "from app_user " + clause)
                .params(params)
                .query((rs, n) -> new User(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                        rs.getString("password_hash"), rs.getBoolean("enabled"),
                        roles.getOrDefault(rs.getLong("id"), Set.of()),
                        DatabaseTime.read(rs, "created_at"),
                        DatabaseTime.read(rs, "password_changed_at")))
                .list();
    }

}
