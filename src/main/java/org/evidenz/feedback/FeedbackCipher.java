package org.evidenz.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts what readers wrote and their addresses with AES-256-GCM (the JDK's), a fresh random 96-bit IV per
 * value, and stores the key id with it: {@code "<key id>:<Base64 of IV + ciphertext + tag>"}. Values are encrypted
 * with the active key and decrypted with whichever configured key they name, so keys can be rotated (add a key,
 * make it active, run {@code --rotate-feedback-key}, then remove the old one).
 * <p>
 * Addresses are also turned into a <em>blind index</em>, an HMAC-SHA256 of the normalised address under a key
 * derived from an encryption key, so that "everything about this address" can be found without storing it. Form
 * tokens are signed with another derived key. When no key is configured (development, demo, tests) a key is
 * generated into the data directory, readable by the owner only, with a warning.
 */
@Component
class FeedbackCipher {

    private static final Logger log = LoggerFactory.getLogger(FeedbackCipher.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String GENERATED_KEY_ID = "dev";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final String activeKey;

    FeedbackCipher(FeedbackProperties properties) {
        properties.keys().forEach((id, base64) -> keys.put(id.toLowerCase(Locale.ROOT), aesKey(id, base64)));
        if (keys.isEmpty()) {
            keys.put(GENERATED_KEY_ID, aesKey(GENERATED_KEY_ID, developmentKey(properties.keyFile())));
            this.activeKey = GENERATED_KEY_ID;
        } else if (properties.activeKey() == null || properties.activeKey().isBlank()) {
            if (keys.size() > 1) {
                throw new IllegalStateException("Several feedback keys are configured: set evidenz.feedback.active-key");
            }
            this.activeKey = keys.keySet().iterator().next();
        } else {
            this.activeKey = properties.activeKey().strip().toLowerCase(Locale.ROOT);
            if (!keys.containsKey(activeKey)) {
                throw new IllegalStateException("evidenz.feedback.active-key names no configured key: " + activeKey);
            }
        }
    }

    String activeKey() {
        return activeKey;
    }

    /** Encrypts with the active key; null stays null. */
    String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(activeKey.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return activeKey + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt", e);
        }
    }

    /** Decrypts a value encrypted with any configured key; null stays null. */
    String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        String keyId = colon < 0 ? "" : stored.substring(0, colon);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("Feedback was encrypted with key '" + keyId
                    + "', which is not configured (evidenz.feedback.keys." + keyId + ")");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored feedback value could not be decrypted", e);
        }
    }

    /** Whether a stored value is encrypted with another than the active key. */
    boolean needsRotation(String stored) {
        return stored != null && !stored.startsWith(activeKey + ":");
    }

    /** The blind index of an address under the active key. */
    String emailIndex(String email) {
        return emailIndex(activeKey, email);
    }

    /** The blind index of an address under every configured key: rows not yet rotated are found too. */
    List<String> emailIndexes(String email) {
        List<String> all = new ArrayList<>();
        keys.keySet().forEach(id -> all.add(emailIndex(id, email)));
        return all;
    }

    private String emailIndex(String keyId, String email) {
        return hex(mac(keyId, "email-index", normalise(email)));
    }

    /** A signature of {@code data} with the active key's token key. */
    byte[] sign(String data) {
        return mac(activeKey, "form-token", data);
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private byte[] mac(String keyId, String purpose, String data) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(keys.get(keyId).getEncoded(), "HmacSHA256"));
            byte[] subKey = derive.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(subKey, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static SecretKeySpec aesKey(String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("evidenz.feedback.keys." + id + " is not Base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("evidenz.feedback.keys." + id + " must be 32 bytes (256 bits), not "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private String developmentKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] key = new byte[32];
            random.nextBytes(key);
            String base64 = Base64.getEncoder().encodeToString(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
                log.warn("Could not restrict the permissions of {}", file);
            }
            Files.writeString(file, base64 + "\n");
            log.warn("No feedback key configured (evidenz.feedback.keys.<id>): generated a development key in {}. "
                    + "Configure your own key for production, see docs/feedback.md.", file.toAbsolutePath());
            return base64;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the feedback key " + file, e);
        }
    }
}
