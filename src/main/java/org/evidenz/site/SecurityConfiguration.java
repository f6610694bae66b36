package org.evidenz.site;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The reader site: open to everyone, with the security headers of {@link SecurityHeaders}. Reader pages set their
 * own, cacheable, Cache-Control (see SiteWebConfiguration). Chains of other modules (the editor's) come first and
 * claim their own paths.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain readerSite(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        SecurityHeaders.apply(http, true);
        return http.build();
    }
}
