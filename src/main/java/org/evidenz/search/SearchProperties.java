package org.evidenz.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code evidenz.search.*}.
 *
 * @param indexDir where the Lucene indexes live, one folder per language; derived data, rebuilt from the database.
 *        Its default, {@code ${evidenz.data-dir}/search}, follows another setting, so it is stated in
 *        {@code application.properties}: Spring Boot does not resolve placeholders in a {@code @DefaultValue}.
 */
@ConfigurationProperties("evidenz.search")
public record SearchProperties(Path indexDir) {
}
