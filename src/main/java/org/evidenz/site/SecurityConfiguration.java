package org.evidenz.site;

import org.evidenz.shared.Language;
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

    /**
     * The decision aid's appointment sheet (module {@code decision}): a POST only so that what the reader typed stays
     * out of addresses and logs. It changes nothing on the server and answers only the one who sent it, so a forged
     * request gains nothing; a CSRF token would need a session, and so a cookie, which the sheet must not set
     * (docs/adr/0023). Exactly this path is exempt; every other reader form keeps its token.
     */
    static final String APPOINTMENT_SHEET = "/{lang:" + Language.PATH_PATTERN + "}/{topic}/{article}/appointment-sheet";

    @Bean
    SecurityFilterChain readerSite(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        // The appointment sheet changes nothing on the server (ADR 23); CDS Hooks services are called by other
        // systems with a JSON POST, never by a browser form with a cookie we would honour, so there is no session to
        // ride and no token they could send (ADR 21). The FHIR server is read-only and honours no cookie: a write
        // sent to it must get FHIR's own answer (an OperationOutcome), not the reader site's refusal page (ADR 19).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, APPOINTMENT_SHEET),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/cds-services/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/fhir/**")));
        SecurityHeaders.apply(http, true);
        return http.build();
    }
}
