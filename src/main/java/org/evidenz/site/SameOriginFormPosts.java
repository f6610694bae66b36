package org.evidenz.site;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The reader forms' protection against cross-site request forgery, without a session (ADR 28): a form POST is
 * refused with 403 when the browser says it comes from another site ({@code Sec-Fetch-Site} other than
 * {@code same-origin} or {@code none}), or when its {@code Origin}, or without one its {@code Referer}, names
 * another host than the one the request was sent to or the configured public address. Browsers send
 * {@code Origin} with every cross-origin POST, so a request with neither header is not a forged browser form
 * (scripts, tests); the form's signed token is still checked by the form itself. Not a bean: a filter bean would
 * run for every request, this one belongs to the reader chain only.
 */
final class SameOriginFormPosts extends OncePerRequestFilter {

    /** Set on a request refused here, so that the error page can say why. */
    static final String REFUSED = SameOriginFormPosts.class.getName() + ".REFUSED";

    private static final Logger log = LoggerFactory.getLogger(SameOriginFormPosts.class);

    private final RequestMatcher forms;
    private final PublicAddress address;

    SameOriginFormPosts(RequestMatcher forms, PublicAddress address) {
        this.forms = forms;
        this.address = address;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !forms.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            log.info("Refused a form POST to {} from another site (Origin: {}, Referer: {}, Sec-Fetch-Site: {})",
                    request.getRequestURI(), shortened(request.getHeader(HttpHeaders.ORIGIN)),
                    shortened(request.getHeader(HttpHeaders.REFERER)), shortened(request.getHeader("Sec-Fetch-Site")));
            request.setAttribute(REFUSED, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null) {
            return !ours(authority(origin), request);
        }
        String referer = request.getHeader(HttpHeaders.REFERER);
        return referer != null && !ours(authority(referer), request);
    }

    /**
     * Whether {@code authority} is the host (and port) the browser sent the request to, as in {@code Host}, as the
     * forwarded headers left it, or the configured public address. The scheme is left out: behind a proxy that ends
     * TLS without saying so, the request looks like http while the page was https.
     */
    private boolean ours(String authority, HttpServletRequest request) {
        if (authority == null) {
            return false; // "Origin: null" (a sandboxed frame, a data: page) or an address that cannot be read
        }
        String host = request.getHeader(HttpHeaders.HOST);
        return authority.equals(host == null ? null : host.toLowerCase(Locale.ROOT))
                || authority.equals(authority(PublicAddress.of(request)))
                || address.isConfigured() && authority.equals(authority(address.fixedBaseUrl()));
    }

    /** {@code host} or {@code host:port} of an absolute address (the scheme's default port left out), or null. */
    static String authority(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port < 0 || "http".equalsIgnoreCase(scheme) && port == 80
                    || "https".equalsIgnoreCase(scheme) && port == 443;
            return host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException | URISyntaxException e) {
            return null;
        }
    }

    private static String shortened(String value) {
        return value == null ? "-" : value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }
}
