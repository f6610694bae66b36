package org.evidenz.interop.export;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code evidenz.export.*}.
 *
 * @param dynamicBaseUrl where the running application answers what static files cannot (search, feedback, the
 *     newsletter, the decision aid's comparison), e.g. {@code https://app.example.org}; unset, the export leaves
 *     those functions out and says so on the page
 */
@ConfigurationProperties("evidenz.export")
record ExportProperties(String dynamicBaseUrl) {
}
