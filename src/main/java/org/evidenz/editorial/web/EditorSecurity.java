package org.evidenz.editorial.web;

import java.net.URI;

import org.evidenz.editorial.Role;
import org.evidenz.editorial.accounts.EditorAuthentication;
import org.evidenz.site.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

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
                        .successHandler(backToWhereTheEditorWas())
                        .failureHandler(new LoginFailure()))
                .logout(logout -> logout
                        .logoutUrl("/editor/logout")
                        .logoutSuccessUrl("/editor/login?signed-out"))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(signInForm())
                        .accessDeniedPage("/editor/forbidden"));
        SecurityHeaders.apply(http, false);
        return http.build();
    }

    /**
     * The sign-in form, by its path: Spring Security would build an absolute address from the request's Host
     * header, and a forged {@code Host: evil.example} would send the editor there.
     */
    private static LoginUrlAuthenticationEntryPoint signInForm() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/editor/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** After signing in, the page that asked for it (the dashboard if none did), also by its path alone. */
    private static SavedRequestAwareAuthenticationSuccessHandler backToWhereTheEditorWas() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/editor");
        handler.setRedirectStrategy((request, response, url) -> response.sendRedirect(pathOnly(url)));
        return handler;
    }

    private static String pathOnly(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/editor";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException unreadable) {
            return "/editor";
        }
    }
}
