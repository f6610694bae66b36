package org.evidenz.site;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security headers every response carries, reader page or editor screen: a strict Content Security Policy (no
 * inline script or style, nothing from other origins), no framing, no referrer leaving the site (which page a
 * reader looked at is health information) and no access to device features.
 */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "manifest-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'");

    private SecurityHeaders() {
    }

    /**
     * Applies the headers.
     *
     * @param cacheable false to forbid every cache from keeping responses (editor screens), true when the pages set
     *     their own Cache-Control (reader pages)
     */
    public static void apply(HttpSecurity http, boolean cacheable) throws Exception {
        http.headers(headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .permissionsPolicyHeader(permissions -> permissions.policy(
                            "camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                    .crossOriginOpenerPolicy(coop -> { })
                    .frameOptions(frame -> frame.deny());
            if (cacheable) {
                headers.cacheControl(cache -> cache.disable());
            }
        });
    }
}
