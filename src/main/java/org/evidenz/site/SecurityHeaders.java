package org.evidenz.site;

import java.util.List;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers every response carries, reader page, editor screen or error: a strict Content Security Policy
 * (no inline script or style, nothing from other origins), no framing, no referrer leaving the site (which page a
 * reader looked at is health information), no access to device features, and HSTS when the request came over
 * HTTPS (directly, or through a proxy that {@code server.forward-headers-strategy} trusts).
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

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * One list for both places that write them: Spring Security's filter chains, and the error answers that those
     * chains never see (an error dispatch skips Spring Security's header writer; Tomcat answers a request it cannot
     * parse before any filter runs).
     */
    private static final List<HeaderWriter> WRITERS = List.of(
            new XContentTypeOptionsHeaderWriter(),
            new XXssProtectionHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
            new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
            new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN),
            new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY),
            new HstsHeaderWriter());

    private SecurityHeaders() {
    }

    /**
     * Applies the headers to a filter chain.
     *
     * @param cacheable false to forbid every cache from keeping responses (editor screens), true when the pages set
     *     their own Cache-Control (reader pages)
     */
    public static void apply(HttpSecurity http, boolean cacheable) throws Exception {
        http.headers(headers -> {
            headers.defaultsDisabled();
            WRITERS.forEach(headers::addHeaderWriter);
            if (!cacheable) {
                headers.cacheControl(Customizer.withDefaults());
            }
        });
    }

    /** Writes the headers on a response that no Spring Security filter chain handles. */
    static void writeTo(HttpServletRequest request, HttpServletResponse response) {
        WRITERS.forEach(writer -> writer.writeHeaders(request, response));
    }
}
