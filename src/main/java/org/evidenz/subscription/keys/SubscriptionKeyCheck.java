package org.evidenz.subscription.keys;

import java.util.Map;

import org.evidenz.shared.KeyCheck;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start, before the node serves anything: refuses to start when the subscription secret differs from the one the
 * other nodes of the database use (their encrypted addresses and signed links would be unreadable here), and records
 * it otherwise ({@link KeyCheck}). A {@link SmartInitializingSingleton}, so never lazy, like the feedback check.
 */
@Component
class SubscriptionKeyCheck implements SmartInitializingSingleton {

    static final String PURPOSE = "subscription";
    private static final String KEY_ID = "secret";

    private final KeyCheck check;
    private final SubscriptionKeys keys;

    SubscriptionKeyCheck(KeyCheck check, SubscriptionKeys keys) {
        this.check = check;
        this.keys = keys;
    }

    @Override
    public void afterSingletonsInstantiated() {
        check.verify(PURPOSE, Map.of(KEY_ID, keys.secret()), KEY_ID, id -> advice());
    }

    private String advice() {
        String advice = "Give every node the same evidenz.subscription.secret (env EVIDENZ_SUBSCRIPTION_SECRET), "
                + "as on the nodes already running.";
        if (keys.generatedKeyFile() != null) {
            advice += " This node has no secret configured and uses the one it generated in "
                    + keys.generatedKeyFile().toAbsolutePath() + " (evidenz.subscription.key-file).";
        }
        return advice;
    }
}
