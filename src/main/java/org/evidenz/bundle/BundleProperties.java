package org.evidenz.bundle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code evidenz.bundle.*}.
 *
 * @param loadDemo load the demo bundle when the database holds no content yet
 * @param demoLocation where on the classpath the demo bundle lives
 */
@ConfigurationProperties("evidenz.bundle")
public record BundleProperties(@DefaultValue("true") boolean loadDemo, @DefaultValue("content") String demoLocation) {
}
