package org.evidenz.site;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

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
        // CDS Hooks services are called by other systems with a JSON POST, never by a browser form with a cookie we
        // would honour, so there is no session to ride and no token they could send (ADR 21).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/cds-services/**")));
        SecurityHeaders.apply(http, true);
        return http.build();
    }
}
