package org.evidenz.subscription.keys;

import java.nio.file.Path;
import java.time.Duration;

import org.evidenz.subscription.SubscriptionProperties;

/** The module's keys made outside the application, from a secret the test knows. */
public final class TestKeys {

    /** The bytes 100 … 139: the secret the stored values in these tests were written with. */
    public static final String KNOWN_SECRET = "ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoOEhYaHiImKiw==";

    private TestKeys() {
    }

    /** The keys from {@code secret}, or from {@code keyFile} (generated when missing) when it is empty. */
    public static SubscriptionKeys keys(String secret, Path keyFile) {
        return new SubscriptionKeys(new SubscriptionProperties(secret, keyFile, null, Duration.ofDays(7), 6,
                Duration.ofMinutes(1), Duration.ofDays(30), 5, 20, 10_000, 1_000));
    }
}
