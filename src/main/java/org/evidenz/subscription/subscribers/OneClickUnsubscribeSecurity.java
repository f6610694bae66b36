package org.evidenz.subscription.subscribers;

import org.evidenz.shared.Language;
import org.evidenz.site.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * RFC 8058 one-click unsubscribe: mail programs POST {@code List-Unsubscribe=One-Click} to the link in the
 * {@code List-Unsubscribe} header, without a session and so without a CSRF token. Exactly that endpoint is exempt
 * from CSRF protection (the signed token in its address is what authorises it); every other reader form keeps it.
 */
@Configuration
class OneClickUnsubscribeSecurity {

    @Bean
    @Order(10)
    SecurityFilterChain oneClickUnsubscribe(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        var matchers = java.util.Arrays.stream(Language.values())
                .map(l -> paths.matcher(HttpMethod.POST, "/" + l.code() + "/newsletter/unsubscribe"))
                .toArray(org.springframework.security.web.util.matcher.RequestMatcher[]::new);
        http.securityMatcher(new org.springframework.security.web.util.matcher.OrRequestMatcher(matchers))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable());
        SecurityHeaders.apply(http, false);
        return http.build();
    }
}
