package org.evidenz.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code evidenz.api.*}.
 *
 * @param requestsPerMinute how many read-API requests one client (one address) may make per minute; beyond that it
 *        gets 429 with {@code Retry-After}
 * @param licenceName the licence of the published content, as partners are told it (API description, developers
 *        page); empty when the operator has stated none, and then none is claimed
 * @param licenceUrl where the licence's text is, or empty
 */
@ConfigurationProperties("evidenz.api")
public record ApiProperties(
        @DefaultValue("600") int requestsPerMinute,
        @DefaultValue("") String licenceName,
        @DefaultValue("") String licenceUrl) {

    public boolean licenceStated() {
        return !licenceName.isBlank();
    }
}
