package org.evidenz.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code evidenz.site.*}.
 *
 * @param name the site's name in titles and the header
 * @param baseUrl the public address, for canonical links, feeds and mails (no trailing slash); empty: the address
 *        each request came to ({@link PublicAddress})
 * @param templatesFromSource render jte templates from {@code src/main/jte} and recompile on change (development
 *        only); by default the precompiled templates are used
 * @param pageCacheSeconds how long browsers and proxies may keep a reader page
 */
@ConfigurationProperties("evidenz.site")
public record SiteProperties(
        @DefaultValue("Evidenz") String name,
        @DefaultValue("") String baseUrl,
        @DefaultValue("false") boolean templatesFromSource,
        @DefaultValue("300") int pageCacheSeconds) {
}
