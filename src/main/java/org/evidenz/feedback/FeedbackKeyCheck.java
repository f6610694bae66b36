package org.evidenz.feedback;

import java.util.Locale;

import org.evidenz.shared.KeyCheck;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start, before the node serves anything: refuses to start when the feedback keys differ from those the other
 * nodes of the database wrote with, and records the active key otherwise ({@link KeyCheck}). A {@link
 * SmartInitializingSingleton}, because Spring Boot keeps those eager even with lazy initialisation, and they run
 * before the web server starts and before any command-line runner.
 */
@Component
class FeedbackKeyCheck implements SmartInitializingSingleton {

    static final String PURPOSE = "feedback";

    private final KeyCheck check;
    private final FeedbackCipher cipher;

    FeedbackKeyCheck(KeyCheck check, FeedbackCipher cipher) {
        this.check = check;
        this.cipher = cipher;
    }

    @Override
    public void afterSingletonsInstantiated() {
        check.verify(PURPOSE, cipher.keys(), cipher.activeKey(), this::advice);
    }

    private String advice(String keyId) {
        String advice = "Give every node the same feedback keys: evidenz.feedback.keys." + keyId
                + " (env EVIDENZ_FEEDBACK_KEYS_" + keyId.toUpperCase(Locale.ROOT)
                + ") with evidenz.feedback.active-key, as on the nodes already running.";
        if (cipher.generatedKeyFile() != null) {
            advice += " This node has no feedback key configured and uses the development key it generated in "
                    + cipher.generatedKeyFile().toAbsolutePath() + " (evidenz.feedback.key-file).";
        }
        return advice;
    }
}
