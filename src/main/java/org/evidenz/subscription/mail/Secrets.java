package org.evidenz.subscription.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

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
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] signingKey;
    private final byte[] hashingKey;
    private final byte[] domainKey;
    private final SecretKeySpec encryptionKey;

    Secrets(SubscriptionProperties properties, @Value("${evidenz.data-dir}") String dataDir) {
        byte[] master = master(properties.secret(), Path.of(dataDir, "subscription.key"));
        this.signingKey = hmac(master, "evidenz-subscription-links");
        this.hashingKey = hmac(master, "evidenz-subscription-address-hash");
        this.domainKey = hmac(master, "evidenz-subscription-domain-hash");
        this.encryptionKey = new SecretKeySpec(hmac(master, "evidenz-subscription-address-encryption"), "AES");
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
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            }
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            log.warn("Generated the subscription key {}; back it up with the database (without it, subscribers' "
                    + "addresses cannot be read and mailed links stop working)", file.toAbsolutePath());
            return key;
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
        return HexFormat.of().formatHex(hmac(hashingKey, normalise(address)));
    }

    /** The mail domain of an address, normalised: what follows the last {@code @}, lower case. */
    public static String domain(String address) {
        String normalised = normalise(address);
        return normalised.substring(normalised.lastIndexOf('@') + 1);
    }

    /** A keyed hash of an address's mail domain, to count subscriptions per domain without storing it. */
    public String domainHash(String address) {
        return HexFormat.of().formatHex(hmac(domainKey, domain(address)));
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String decrypt(String encrypted) {
        try {
            byte[] in = Base64.getDecoder().decode(encrypted);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, in, 0, 12));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a stored address: was the subscription key changed?", e);
        }
    }

    /** {@code payload.signature}, both base64url. */
    public String sign(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(hmac(signingKey, payload));
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
            return MessageDigest.isEqual(given, hmac(signingKey, payload)) ? payload : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
