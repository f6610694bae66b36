package org.evidenz.editorial.web;

import org.evidenz.editorial.Role;
import org.evidenz.editorial.accounts.EditorAuthentication;
import org.evidenz.site.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The editor's part of the site, {@code /editor/**}: form login against editorial accounts, CSRF tokens on every
 * form, nothing cached, and coarse role rules per path. Finer rules (an external reviewer sees only what is
 * assigned to them, only authors change content) are checked again by the services themselves.
 */
@Configuration
class EditorSecurity {

    private static final String[] CONTENT_ROLES = {Role.AUTHOR.name(), Role.SCIENTIFIC_REVIEWER.name(),
            Role.PUBLISHER.name()};

    @Bean
    @Order(1)
    SecurityFilterChain editor(HttpSecurity http, EditorAuthentication authentication) throws Exception {
        http.securityMatcher("/editor", "/editor/**")
                .authenticationProvider(authentication.provider())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/editor/login", LoginFailure.PATH).permitAll()
                        .requestMatchers("/editor/users", "/editor/users/**", "/editor/audit", "/editor/audit/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/editor/feedback", "/editor/feedback/**")
                        .hasRole(Role.FEEDBACK_OFFICER.name())
                        .requestMatchers("/editor/newsletter", "/editor/newsletter/**")
                        .hasAnyRole(Role.AUTHOR.name(), Role.PUBLISHER.name())
                        .requestMatchers(HttpMethod.POST, "/editor/items/**").hasRole(Role.AUTHOR.name())
                        .requestMatchers(HttpMethod.POST, "/editor/translations/**").hasRole(Role.AUTHOR.name())
                        .requestMatchers("/editor/items/**", "/editor/content", "/editor/content/**",
                                "/editor/translations", "/editor/translations/**")
                        .hasAnyRole(CONTENT_ROLES)
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/editor/login")
                        .loginProcessingUrl("/editor/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/editor", false)
                        .failureHandler(new LoginFailure()))
                .logout(logout -> logout
                        .logoutUrl("/editor/logout")
                        .logoutSuccessUrl("/editor/login?signed-out"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedPage("/editor/forbidden"));
        SecurityHeaders.apply(http, false);
        return http.build();
    }
}
