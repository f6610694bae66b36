package org.evidenz.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The token a reader form carries, checked without any state on the server (no session, no cookie):
 * {@code <random id>.<issued, epoch millis>.<signature>}, the signature an HMAC over id, time and the form's purpose
 * (which form, and for what). The token is tied to no reader, so it proves only that this site issued the form,
 * recently, for this purpose; that a request comes from the site's own pages is the origin check's job (ADR 28),
 * and that a token is used only once, where that matters, the form's own (the id is random and unique).
 */
public final class SignedFormTokens {

    /** What checking a token found. */
    public enum Check {
        VALID, TOO_FAST, EXPIRED, INVALID
    }

    /**
     * A checked token.
     *
     * @param id the token's random id (null when invalid), unique per issued form
     * @param expires when the token expires (null when invalid)
     */
    public record Verified(Check check, String id, Instant expires) {

        public boolean valid() {
            return check == Check.VALID;
        }
    }

    private static final int ID_HEX_LENGTH = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Verified INVALID = new Verified(Check.INVALID, null, null);

    private final SymmetricKey key;
    private final Clock clock;
    private final Duration minimumFillTime;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param key the signing key, derived for form tokens only
     * @param minimumFillTime a token sent back sooner was not filled in by a person ({@link Duration#ZERO}: no limit)
     * @param lifetime how long a form may be sent back
     */
    public SignedFormTokens(SymmetricKey key, Clock clock, Duration minimumFillTime, Duration lifetime) {
        this.key = key;
        this.clock = clock;
        this.minimumFillTime = minimumFillTime;
        this.lifetime = lifetime;
    }

    /** A new token for a form with this purpose, e.g. {@code "en|some-article"}. */
    public String issue(String purpose) {
        byte[] id = new byte[ID_HEX_LENGTH / 2];
        random.nextBytes(id);
        String payload = HexFormat.of().formatHex(id) + "." + clock.millis();
        return payload + "." + ENCODER.encodeToString(key.mac(payload + "|" + purpose));
    }

    /** Checks a token sent back with a form of this purpose; a missing or altered token is {@code INVALID}. */
    public Verified check(String token, String purpose) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3 || parts[0].length() != ID_HEX_LENGTH || purpose == null) {
            return INVALID;
        }
        byte[] given;
        long issuedMillis;
        try {
            given = DECODER.decode(parts[2]);
            issuedMillis = Long.parseLong(parts[1]);
        } catch (IllegalArgumentException e) {
            return INVALID;
        }
        if (!key.macMatches(parts[0] + "." + parts[1] + "|" + purpose, given)) {
            return INVALID;
        }
        Instant issued = Instant.ofEpochMilli(issuedMillis);
        Instant now = clock.instant();
        Instant expires = issued.plus(lifetime);
        if (now.isAfter(expires)) {
            return new Verified(Check.EXPIRED, parts[0], expires);
        }
        if (now.isBefore(issued.plus(minimumFillTime))) {
            return new Verified(Check.TOO_FAST, parts[0], expires);
        }
        return new Verified(Check.VALID, parts[0], expires);
    }
}
