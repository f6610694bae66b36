package org.evidenz.accounts.signin;

import java.net.URI;
import java.util.List;

import org.evidenz.shell.EditorAccessRules;
import org.evidenz.site.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * The editor's part of the site, {@code /editor/**}: form login against editorial accounts, CSRF tokens on every
 * form, nothing cached, and the coarse role rules per path that each module contributes
 * ({@link EditorAccessRules}); everything else needs someone signed in. Finer rules (an external reviewer sees only
 * what is assigned to them, only authors change content) are checked again by the services themselves.
 */
@Configuration
class EditorSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain editor(HttpSecurity http, EditorAuthentication authentication, List<EditorAccessRules> rules)
            throws Exception {
        http.securityMatcher("/editor", "/editor/**")
                .authenticationProvider(authentication.provider())
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/editor/login", LoginFailure.PATH).permitAll();
                    rules.forEach(rule -> rule.apply(requests));
                    requests.anyRequest().authenticated();
                })
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
