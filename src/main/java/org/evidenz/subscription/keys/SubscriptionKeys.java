package org.evidenz.subscription.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;

import org.evidenz.shared.KeyFile;
import org.evidenz.shared.SymmetricKey;
import org.evidenz.subscription.SubscriptionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The module's one secret and the keys derived from it, one per purpose: signing the links in mails, encrypting
 * addresses, hashing addresses and hashing their mail domains. The secret comes from configuration
 * ({@code evidenz.subscription.secret}) or, when none is configured, is generated once into
 * {@code evidenz.subscription.key-file} (never in the repository).
 */
@Component
public class SubscriptionKeys {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionKeys.class);

    private final SymmetricKey secret;
    private final Path generatedKeyFile;
    private final SymmetricKey links;
    private final SymmetricKey addressEncryption;
    private final SymmetricKey addressHash;
    private final SymmetricKey domainHash;
    private final SymmetricKey formTokens;

    SubscriptionKeys(SubscriptionProperties properties) {
        this.secret = new SymmetricKey(secret(properties.secret(), properties.keyFile()));
        boolean configured = properties.secret() != null && !properties.secret().isBlank();
        this.generatedKeyFile = configured ? null : properties.keyFile();
        this.links = secret.derive("evidenz-subscription-links");
        this.addressEncryption = secret.derive("evidenz-subscription-address-encryption");
        this.addressHash = secret.derive("evidenz-subscription-address-hash");
        this.domainHash = secret.derive("evidenz-subscription-domain-hash");
        this.formTokens = secret.derive("evidenz-subscription-form-tokens");
    }

    /** The key that signs the links in mails. */
    public SymmetricKey links() {
        return links;
    }

    /** The key that signs the tokens of the subscribe form (no session holds a CSRF token for readers). */
    public SymmetricKey formTokens() {
        return formTokens;
    }

    /** The secret itself, only to check it against the other nodes' ({@link SubscriptionKeyCheck}). */
    SymmetricKey secret() {
        return secret;
    }

    /** The file of the secret this node generated, when none is configured; else null. */
    Path generatedKeyFile() {
        return generatedKeyFile;
    }

    SymmetricKey addressEncryption() {
        return addressEncryption;
    }

    SymmetricKey addressHash() {
        return addressHash;
    }

    SymmetricKey domainHash() {
        return domainHash;
    }

    private static byte[] secret(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            byte[] key = Base64.getDecoder().decode(configured.strip());
            if (key.length < SymmetricKey.KEY_BYTES) {
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
}
