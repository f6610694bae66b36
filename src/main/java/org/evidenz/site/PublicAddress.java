package org.evidenz.site;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The site's public address, the start of every absolute link: canonical and hreflang links, feeds, the sitemap,
 * mails. {@code evidenz.site.base-url} when it is set; otherwise the address the request came to (its scheme, host
 * and port, as Tomcat or Spring's forwarded-header handling left them when {@code server.forward-headers-strategy}
 * is enabled), so that a site started on another port links to itself. Without a request (a mail sent by a
 * background job) the unset address falls back to {@code http://localhost:<port>}, with one warning.
 */
@Component
public class PublicAddress {

    private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

    private final String configured;
    private final Environment environment;
    private final AtomicBoolean warned = new AtomicBoolean();

    PublicAddress(SiteProperties site, Environment environment) {
        String base = site.baseUrl() == null ? "" : site.baseUrl().strip();
        this.configured = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.environment = environment;
    }

    /** Whether {@code evidenz.site.base-url} is set, so that the address never depends on a request. */
    public boolean isConfigured() {
        return !configured.isEmpty();
    }

    /** The address without a trailing slash, e.g. {@code https://evidenz.example}. */
    public String baseUrl() {
        if (isConfigured()) {
            return configured;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        if (warned.compareAndSet(false, true)) {
            log.warn("evidenz.site.base-url is not set: links made outside a request, such as those in mails sent "
                    + "by background jobs, point to {}. Set it to the site's public address.", fixedBaseUrl());
        }
        return fixedBaseUrl();
    }

    /**
     * An address that never follows a request: the configured one, or {@code http://localhost:<port>}. For names
     * that must be the same whoever asks, such as FHIR canonical URLs (docs/adr/0015).
     */
    public String fixedBaseUrl() {
        if (isConfigured()) {
            return configured;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    /** The address a request came to, leaving out the scheme's default port. */
    static String of(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
