package org.evidenz.subscription.subscribers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.evidenz.shared.DatabaseTime;
import org.evidenz.shared.Language;
import org.evidenz.shared.SymmetricKey;
import org.evidenz.subscription.SubscriptionProperties;
import org.evidenz.subscription.keys.AddressCipher;
import org.evidenz.subscription.mail.MailOutbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscribers and what they subscribed to. A subscription is PENDING until its owner follows the signed link in the
 * confirmation mail (double opt-in), then CONFIRMED; unsubscribing deletes it, and a subscriber with nothing left
 * is deleted too. Addresses are stored encrypted; {@link #NEWSLETTER} stands for the newsletter as "topic".
 */
@Repository
public class Subscriptions {

    public static final String NEWSLETTER = "";

    /** A subscription with its decrypted address, for composing mail to it. */
    public record Subscription(long id, long subscriberId, String address, Language language, String topicId,
            boolean confirmed, String confirmNonce, Instant requestedAt) {

        public boolean isNewsletter() {
            return NEWSLETTER.equals(topicId);
        }

        /** The prefix of the dedupe keys of every mail sent because of this subscription. */
        public String mailKeyPrefix() {
            return "subscription-" + id + "/";
        }
    }

    /** What a subscribe request led to; the reader is told the same either way. */
    public enum Outcome { NEW, RENEWED, ALREADY_CONFIRMED, TOO_SOON }

    public record Request(Outcome outcome, Subscription subscription) {
    }

    private static final Duration RESEND_AFTER = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final AddressCipher addresses;
    private final MailOutbox outbox;
    private final SubscriptionProperties properties;
    private final Clock clock;

    Subscriptions(JdbcClient jdbc, AddressCipher addresses, MailOutbox outbox, SubscriptionProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Records a request to subscribe {@code address} (already validated) to a topic's alerts or the newsletter,
     * with a fresh confirmation nonce unless it is confirmed already or one was sent minutes ago.
     */
    @Transactional
    public Request request(String address, Language language, String topicId) {
        Instant now = clock.instant();
        String hash = addresses.hash(address);
        String domainHash = addresses.domainHash(address);
        long subscriberId = jdbc.sql("select id from subscriber where address_hash = ?").param(hash)
                .query(Long.class).optional().orElseGet(() -> {
                    jdbc.sql("insert into subscriber (address_hash, address_enc, domain_hash, created_at) "
                            + "values (?, ?, ?, ?)")
                            .params(hash, addresses.encrypt(address), domainHash,
                                    DatabaseTime.bind(now))
                            .update();
                    return jdbc.sql("select id from subscriber where address_hash = ?").param(hash)
                            .query(Long.class).single();
                });
        jdbc.sql("update subscriber set domain_hash = ? where id = ? and domain_hash is null")
                .params(domainHash, subscriberId).update(); // subscribed before domains were recorded
        outbox.unsuppress(hash);
        Optional<Subscription> existing = find(subscriberId, language, topicId);
        if (existing.isPresent()) {
            Subscription s = existing.get();
            if (s.confirmed()) {
                return new Request(Outcome.ALREADY_CONFIRMED, s);
            }
            if (s.requestedAt().isAfter(now.minus(RESEND_AFTER))) {
                return new Request(Outcome.TOO_SOON, s);
            }
            jdbc.sql("update subscription set confirm_nonce = ?, requested_at = ? where id = ?")
                    .params(nonce(), DatabaseTime.bind(now), s.id()).update();
            return new Request(Outcome.RENEWED, find(s.id()).orElseThrow());
        }
        jdbc.sql("""
                insert into subscription (subscriber_id, lang, topic_id, status, confirm_nonce, created_at,
                    requested_at) values (?, ?, ?, 'PENDING', ?, ?, ?)""")
                .params(subscriberId, language.code(), topicId, nonce(), DatabaseTime.bind(now),
                        DatabaseTime.bind(now))
                .update();
        return new Request(Outcome.NEW, find(subscriberId, language, topicId).orElseThrow());
    }

    /**
     * How long until there is room for another subscription waiting for confirmation: zero while fewer than
     * {@code max-pending} are waiting in total and fewer than {@code max-pending-per-domain} for addresses at the
     * domain of {@code address}, else until the oldest of them expires. Whether {@code address} itself is subscribed
     * plays no part, so the answer tells nothing about it.
     */
    @Transactional(readOnly = true)
    public Duration waitForRoom(String address) {
        Instant now = clock.instant();
        OffsetDateTime since = DatabaseTime.bind(now.minus(properties.confirmWindow()));
        Optional<Instant> oldest = Optional.empty();
        var total = jdbc.sql("select count(*) as n, min(requested_at) as oldest from subscription "
                + "where status = 'PENDING' and requested_at >= ?").param(since).query(Waiting::of).single();
        if (total.count() >= properties.maxPending()) {
            oldest = Optional.of(total.oldest() == null ? now : total.oldest());
        } else {
            var domain = jdbc.sql("select count(*) as n, min(s.requested_at) as oldest from subscription s "
                    + "join subscriber b on b.id = s.subscriber_id "
                    + "where s.status = 'PENDING' and s.requested_at >= ? and b.domain_hash = ?")
                    .params(since, addresses.domainHash(address)).query(Waiting::of).single();
            if (domain.count() >= properties.maxPendingPerDomain()) {
                oldest = Optional.of(domain.oldest() == null ? now : domain.oldest());
            }
        }
        return oldest.map(o -> Duration.between(now, o.plus(properties.confirmWindow())))
                .map(wait -> wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait)
                .orElse(Duration.ZERO);
    }

    private record Waiting(long count, Instant oldest) {

        static Waiting of(ResultSet rs, int row) throws SQLException {
            return new Waiting(rs.getLong("n"), DatabaseTime.read(rs, "oldest"));
        }
    }

    /** Confirms a pending subscription if the nonce is its current one; the nonce is then used up. */
    @Transactional
    public boolean confirm(long id, String nonce) {
        return jdbc.sql("update subscription set status = 'CONFIRMED', confirmed_at = ?, confirm_nonce = null "
                + "where id = ? and status = 'PENDING' and confirm_nonce = ?")
                .params(DatabaseTime.bind(clock.instant()), id, nonce).update() == 1;
    }

    /** Deletes a subscription, mail still waiting for it, and its subscriber when nothing is left. Idempotent. */
    @Transactional
    public Optional<Subscription> unsubscribe(long id) {
        Optional<Subscription> subscription = find(id);
        subscription.ifPresent(s -> {
            jdbc.sql("delete from subscription where id = ?").param(id).update();
            outbox.deletePending(s.mailKeyPrefix());
            deleteSubscriberIfEmpty(s.subscriberId());
        });
        return subscription;
    }

    /** Deletes subscriptions left unconfirmed past the confirmation window, and subscribers left with none. */
    @Transactional
    public int deleteExpiredPending() {
        Instant cutoff = clock.instant().minus(properties.confirmWindow());
        List<Long> subscribers = jdbc.sql("select distinct subscriber_id from subscription "
                + "where status = 'PENDING' and requested_at < ?").param(DatabaseTime.bind(cutoff))
                .query(Long.class).list();
        int deleted = jdbc.sql("delete from subscription where status = 'PENDING' and requested_at < ?")
                .param(DatabaseTime.bind(cutoff)).update();
        subscribers.forEach(this::deleteSubscriberIfEmpty);
        return deleted;
    }

    public Optional<Subscription> find(long id) {
        return query("where s.id = ?", id).stream().findFirst();
    }

    /** Confirmed subscribers of a topic's alerts (or of the newsletter) in a language. */
    public List<Subscription> confirmed(Language language, String topicId) {
        return query("where s.lang = ? and s.topic_id = ? and s.status = 'CONFIRMED' order by s.id",
                language.code(), topicId);
    }

    private Optional<Subscription> find(long subscriberId, Language language, String topicId) {
        return query("where s.subscriber_id = ? and s.lang = ? and s.topic_id = ?", subscriberId, language.code(),
                topicId).stream().findFirst();
    }

    /** A fresh confirmation nonce: a confirmation link works once, for the nonce it names. */
    private static String nonce() {
        return HexFormat.of().formatHex(SymmetricKey.randomBytes(16));
    }

    private void deleteSubscriberIfEmpty(long subscriberId) {
        jdbc.sql("delete from subscriber where id = ? and not exists "
                + "(select 1 from subscription where subscriber_id = ?)").params(subscriberId, subscriberId).update();
    }

    private List<Subscription> query(String where, Object... params) {
        return jdbc.sql("select s.*, b.address_enc from subscription s join subscriber b on b.id = s.subscriber_id "
                + where).params(params).query((rs, n) -> new Subscription(rs.getLong("id"),
                        rs.getLong("subscriber_id"), addresses.decrypt(rs.getString("address_enc")),
                        Language.of(rs.getString("lang")), rs.getString("topic_id"),
                        "CONFIRMED".equals(rs.getString("status")), rs.getString("confirm_nonce"),
                        DatabaseTime.read(rs, "requested_at")))
                .list();
    }
}
