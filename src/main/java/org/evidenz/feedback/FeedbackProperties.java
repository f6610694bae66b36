package org.evidenz.feedback;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code evidenz.feedback.*}. The key file depends on the data directory, so its default is in
 * {@code application.properties}.
 *
 * @param keys encryption keys by id, each 32 random bytes in Base64 (env {@code EVIDENZ_FEEDBACK_KEYS_<ID>}); none
 *     configured means a development key generated into {@code keyFile}
 * @param activeKey the id of the key new values are encrypted with; the others only decrypt
 * @param keyFile where the development key lives when no key is configured
 * @param retention how long feedback is kept after it arrived
 * @param minimumFillTime a form sent back faster than this was not filled in by a person
 * @param formLifetime how long a feedback form may be sent back
 * @param submissionsPerMinute per client address; more get 429 with Retry-After
 * @param maxCommentLength characters of a comment
 */
@ConfigurationProperties("evidenz.feedback")
public record FeedbackProperties(
        @DefaultValue Map<String, String> keys,
        String activeKey,
        Path keyFile,
        @DefaultValue("365d") Duration retention,
        @DefaultValue("3s") Duration minimumFillTime,
        @DefaultValue("2h") Duration formLifetime,
        @DefaultValue("5") int submissionsPerMinute,
        @DefaultValue("2000") int maxCommentLength) {
}
