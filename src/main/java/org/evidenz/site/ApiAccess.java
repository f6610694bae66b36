package org.evidenz.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import org.evidenz.shared.RateLimit;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The read API's door: any web page may read it (CORS for GET and HEAD, without cookies, since the API has no
 * session to ride), and each client (by address; behind a proxy set {@code server.forward-headers-strategy}) gets
 * {@code evidenz.api.requests-per-minute} requests a minute. Beyond that: 429 with {@code Retry-After} and a problem
 * detail. It runs before the response cache, so answers from memory count too.
 */
@Component
class ApiAccess extends OncePerRequestFilter implements Ordered {

    private static final String EXPOSED = "ETag, Retry-After, Content-Language";

    private final RateLimit limit;

    ApiAccess(ApiProperties properties, Clock clock) {
        this.limit = new RateLimit(properties.requestsPerMinute(), Duration.ofMinutes(1), Duration.ofMinutes(5), clock);
    }

    @Override
    public int getOrder() {
        return ReaderResponseCache.ORDER - 10;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if (read || "OPTIONS".equals(method)) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        }
        if ("OPTIONS".equals(method) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", "GET, HEAD");
            response.setHeader("Access-Control-Allow-Headers", "Accept, Accept-Language, If-None-Match");
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        Duration wait = limit.take(request.getRemoteAddr());
        if (!wait.isZero()) {
            refuse(request, response, wait);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait)
            throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        SecurityHeaders.writeTo(request, response);
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // Nothing of the request goes into the body, so it needs no escaping.
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"Too many requests from your address. Please try again in " + seconds
                + (seconds == 1 ? " second." : " seconds.") + "\"}");
    }
}
