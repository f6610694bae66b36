package org.evidenz.site;

import org.evidenz.shared.Language;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

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
     * (docs/adr/0023). Exactly this path is exempt; the other reader forms are guarded
     * without a session ({@link #READER_FORMS}).
     */
    static final String APPOINTMENT_SHEET = "/{lang:" + Language.PATH_PATTERN + "}/{topic}/{article}/appointment-sheet";

    /**
     * The reader forms (module {@code feedback}: the feedback form; module {@code subscription}: subscribe and
     * confirm). Their CSRF protection needs no session (docs/adr/0028): {@link SameOriginFormPosts} refuses a POST
     * from another site, and each form checks its own signed token. A session would mean a cookie for every reader
     * who sends a form, and a database write per form.
     */
    static final RequestMatcher READER_FORMS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/{lang:" + Language.PATH_PATTERN
                    + "}/feedback"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/{lang:" + Language.PATH_PATTERN
                    + "}/newsletter"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/{lang:" + Language.PATH_PATTERN
                    + "}/newsletter/confirm"));

    @Bean
    SecurityFilterChain readerSite(HttpSecurity http, PublicAddress address) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        // The appointment sheet changes nothing on the server (ADR 23); CDS Hooks services are called by other
        // systems with a JSON POST, never by a browser form with a cookie we would honour, so there is no session to
        // ride and no token they could send (ADR 21). The FHIR server is read-only and honours no cookie: a write
        // sent to it must get FHIR's own answer (an OperationOutcome), not the reader site's refusal page (ADR 19).
        // The reader forms are checked without a session, by origin and signed token (ADR 28).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, APPOINTMENT_SHEET),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/cds-services/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/fhir/**"),
                READER_FORMS));
        http.addFilterBefore(new SameOriginFormPosts(READER_FORMS, address), CsrfFilter.class);
        SecurityHeaders.apply(http, true);
        return http.build();
    }
}
