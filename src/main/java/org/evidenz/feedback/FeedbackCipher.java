package org.evidenz.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.evidenz.shared.KeyFile;
import org.evidenz.shared.SymmetricKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts what readers wrote and their addresses ({@link SymmetricKey}: AES-256-GCM, a fresh random IV per value)
 * and stores the key id with it, also bound as associated data: {@code "<key id>:<Base64 of IV + ciphertext + tag>"}.
 * Values are encrypted with the active key and decrypted with whichever configured key they name, so keys can be
 * rotated (add a key, make it active, run {@code --rotate-feedback-key}, then remove the old one).
 * <p>
 * Addresses are also turned into a <em>blind index</em>, an HMAC-SHA256 of the normalised address under a key
 * derived from an encryption key, so that "everything about this address" can be found without storing it. Form
 * tokens are signed with another derived key. When no key is configured (development, demo, tests) a key is
 * generated into the data directory, readable by the owner only, with a warning.
 */
@Component
class FeedbackCipher {

    private static final Logger log = LoggerFactory.getLogger(FeedbackCipher.class);
    private static final String GENERATED_KEY_ID = "dev";

    private final Map<String, SymmetricKey> keys = new LinkedHashMap<>();
    private final String activeKey;
    private final Path generatedKeyFile;

    FeedbackCipher(FeedbackProperties properties) {
        this.generatedKeyFile = properties.keys().isEmpty() ? properties.keyFile() : null;
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

    /** Every configured key by id, to check them against the other nodes' ({@link FeedbackKeyCheck}). */
    Map<String, SymmetricKey> keys() {
        return Map.copyOf(keys);
    }

    /** The file of the development key this node generated, when no key is configured; else null. */
    Path generatedKeyFile() {
        return generatedKeyFile;
    }

    /** Encrypts with the active key; null stays null. */
    String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        return activeKey + ":" + keys.get(activeKey).encrypt(plaintext, activeKey);
    }

    /** Decrypts a value encrypted with any configured key; null stays null. */
    String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        String keyId = colon < 0 ? "" : stored.substring(0, colon);
        SymmetricKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("Feedback was encrypted with key '" + keyId
                    + "', which is not configured (evidenz.feedback.keys." + keyId + ")");
        }
        try {
            return key.decrypt(stored.substring(colon + 1), keyId);
        } catch (GeneralSecurityException e) {
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
        return keys.get(keyId).derive("email-index").macHex(normalise(email));
    }

    /** The key that signs form tokens, derived from the active key. */
    SymmetricKey formTokenKey() {
        return keys.get(activeKey).derive("form-token");
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static SymmetricKey aesKey(String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("evidenz.feedback.keys." + id + " is not Base64");
        }
        if (bytes.length != SymmetricKey.KEY_BYTES) {
            throw new IllegalStateException("evidenz.feedback.keys." + id + " must be 32 bytes (256 bits), not "
                    + bytes.length);
        }
        return new SymmetricKey(bytes);
    }

    private static String developmentKey(Path file) {
        try {
            var existing = KeyFile.read(file);
            if (existing.isPresent()) {
                return existing.get();
            }
            String created = KeyFile.create(file);
            log.warn("No feedback key configured (evidenz.feedback.keys.<id>): generated a development key in {}. "
                    + "Configure your own key for production, see docs/feedback.md.", file.toAbsolutePath());
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the feedback key " + file, e);
        }
    }
}
