package org.evidenz.feedback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --rotate-feedback-key}: re-encrypts every stored feedback value with the active key (and renews the
 * blind indexes of addresses), then exits. Run it after making a new key active; then the old key can go.
 */
@Component
@Order(2)
class FeedbackCommands implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FeedbackCommands.class);

    private final FeedbackInbox inbox;
    private final FeedbackCipher cipher;
    private final ConfigurableApplicationContext context;

    FeedbackCommands(FeedbackInbox inbox, FeedbackCipher cipher, ConfigurableApplicationContext context) {
        this.inbox = inbox;
        this.cipher = cipher;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("rotate-feedback-key")) {
            return;
        }
        int changed = inbox.rotateKeys();
        log.info("Re-encrypted {} stored feedback value(s) with key '{}'", changed, cipher.activeKey());
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
