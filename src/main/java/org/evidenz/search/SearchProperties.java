package org.evidenz.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code evidenz.search.*}.
 *
 * @param indexDir where the Lucene indexes live, one folder per language; derived data, rebuilt from the database
 */
@ConfigurationProperties("evidenz.search")
public record SearchProperties(@DefaultValue("./data/search") Path indexDir) {
}
