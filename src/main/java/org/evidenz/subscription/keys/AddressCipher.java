package org.evidenz.subscription.keys;

import java.security.GeneralSecurityException;
import java.util.Locale;

import org.evidenz.shared.SymmetricKey;
import org.springframework.stereotype.Component;

/**
 * Readers' e-mail addresses as the module stores them (subscribers and the mail outbox alike): normalised, encrypted
 * (AES-256-GCM), and found again by keyed hashes (HMAC-SHA256) of the address and of its mail domain, so that no
 * address and no domain is stored readably.
 */
@Component
public class AddressCipher {

    private final SymmetricKey encryption;
    private final SymmetricKey hashing;
    private final SymmetricKey domainHashing;

    AddressCipher(SubscriptionKeys keys) {
        this.encryption = keys.addressEncryption();
        this.hashing = keys.addressHash();
        this.domainHashing = keys.domainHash();
    }

    /** The normalised form addresses are compared and stored in: trimmed, lower case. */
    public static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** The mail domain of an address, normalised: what follows the last {@code @}, lower case. */
    public static String domain(String address) {
        String normalised = normalise(address);
        return normalised.substring(normalised.lastIndexOf('@') + 1);
    }

    /** The address, normalised, encrypted for storing. */
    public String encrypt(String address) {
        return encryption.encrypt(normalise(address), "");
    }

    public String decrypt(String stored) {
        try {
            return encryption.decrypt(stored, "");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a stored address: was the subscription key changed?", e);
        }
    }

    /** A keyed hash of an address, to find it without storing it readable. */
    public String hash(String address) {
        return hashing.macHex(normalise(address));
    }

    /** A keyed hash of an address's mail domain, to count subscriptions per domain without storing it. */
    public String domainHash(String address) {
        return domainHashing.macHex(domain(address));
    }
}
