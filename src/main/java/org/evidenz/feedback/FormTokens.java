package org.evidenz.feedback;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.evidenz.shared.Language;
import org.springframework.stereotype.Component;

/**
 * The token a feedback form carries: a random id, the time the form was issued, and the article, signed with an
 * HMAC. The article page is cached and shared, so the token is issued by the no-store form page and checked
 * without any server state: not sent back too fast (a person reads and types), not too late, not for another
 * article. That it is used only once is the job of {@link UsedFormTokens#claim}.
 */
@Component
class FormTokens {

    /** What checking a token found. */
    enum Check {
        VALID, TOO_FAST, EXPIRED, INVALID
    }

    /** A checked token: its id (for replay detection) and when it expires. */
    record Verified(Check check, String id, Instant expires) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final FeedbackCipher cipher;
    private final Clock clock;
    private final Duration minimumFillTime;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    FormTokens(FeedbackCipher cipher, Clock clock, FeedbackProperties properties) {
        this.cipher = cipher;
        this.clock = clock;
        this.minimumFillTime = properties.minimumFillTime();
        this.lifetime = properties.formLifetime();
    }

    String issue(Language language, String articleId) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String payload = HexFormat.of().formatHex(id) + "." + clock.millis();
        return payload + "." + ENCODER.encodeToString(cipher.sign(payload + "|" + language.code() + "|" + articleId));
    }

    Verified check(String token, Language language, String articleId) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3 || parts[0].length() != 32 || articleId == null) {
            return new Verified(Check.INVALID, null, null);
        }
        byte[] expected = cipher.sign(parts[0] + "." + parts[1] + "|" + language.code() + "|" + articleId);
        byte[] given;
        long issuedMillis;
        try {
            given = DECODER.decode(parts[2]);
            issuedMillis = Long.parseLong(parts[1]);
        } catch (IllegalArgumentException e) {
            return new Verified(Check.INVALID, null, null);
        }
        if (!MessageDigest.isEqual(expected, given)) {
            return new Verified(Check.INVALID, null, null);
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
