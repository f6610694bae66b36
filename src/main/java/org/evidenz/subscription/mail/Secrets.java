package org.evidenz.subscription.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import org.evidenz.shared.KeyFile;
import org.evidenz.shared.SymmetricKey;
import org.evidenz.subscription.SubscriptionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The module's keys, all derived from one secret: from configuration ({@code evidenz.subscription.secret}) or,
 * when none is configured, generated once into {@code ${evidenz.data-dir}/subscription.key} (never in the
 * repository). Signs links (HMAC-SHA256), encrypts addresses (AES-256-GCM) and hashes them, and their mail
 * domains, for look-up (HMAC).
 */
@Component
public class Secrets {

    private static final Logger log = LoggerFactory.getLogger(Secrets.class);

    private final SymmetricKey signingKey;
    private final SymmetricKey hashingKey;
    private final SymmetricKey domainKey;
    private final SymmetricKey encryptionKey;

    Secrets(SubscriptionProperties properties, @Value("${evidenz.data-dir}") String dataDir) {
        SymmetricKey master = new SymmetricKey(master(properties.secret(), Path.of(dataDir, "subscription.key")));
        this.signingKey = master.derive("evidenz-subscription-links");
        this.hashingKey = master.derive("evidenz-subscription-address-hash");
        this.domainKey = master.derive("evidenz-subscription-domain-hash");
        this.encryptionKey = master.derive("evidenz-subscription-address-encryption");
    }

    private static byte[] master(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            byte[] key = Base64.getDecoder().decode(configured.strip());
            if (key.length < 32) {
                throw new IllegalStateException("evidenz.subscription.secret must be at least 32 bytes, base64");
            }
            return key;
        }
        try {
            var existing = KeyFile.read(file);
            if (existing.isPresent()) {
                return Base64.getDecoder().decode(existing.get());
            }
            String created = KeyFile.create(file);
            log.warn("Generated the subscription key {}; back it up with the database (without it, subscribers' "
                    + "addresses cannot be read and mailed links stop working)", file.toAbsolutePath());
            return Base64.getDecoder().decode(created);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the subscription key " + file, e);
        }
    }

    /** The normalised form addresses are compared in: trimmed, lower case. */
    public static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** A keyed hash of an address, to find it without storing it readable. */
    public String addressHash(String address) {
        return hashingKey.macHex(normalise(address));
    }

    /** The mail domain of an address, normalised: what follows the last {@code @}, lower case. */
    public static String domain(String address) {
        String normalised = normalise(address);
        return normalised.substring(normalised.lastIndexOf('@') + 1);
    }

    /** A keyed hash of an address's mail domain, to count subscriptions per domain without storing it. */
    public String domainHash(String address) {
        return domainKey.macHex(domain(address));
    }

    public String encrypt(String plain) {
        return encryptionKey.encrypt(plain, "");
    }

    public String decrypt(String encrypted) {
        try {
            return encryptionKey.decrypt(encrypted, "");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a stored address: was the subscription key changed?", e);
        }
    }

    /** {@code payload.signature}, both base64url. */
    public String sign(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(signingKey.mac(payload));
    }

    /** The payload of a token this key signed, or null for anything else (forged, altered, garbled). */
    public String verify(String token) {
        if (token == null || token.length() > 500) {
            return null;
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return null;
        }
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            String payload = new String(b64.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] given = b64.decode(token.substring(dot + 1));
            return signingKey.macMatches(payload, given) ? payload : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static String nonce() {
        return HexFormat.of().formatHex(SymmetricKey.randomBytes(16));
    }
}
