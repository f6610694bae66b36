package org.evidenz.site;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves reader pages and read-API responses from memory. Such a response depends only on its address, the
 * published content, the running deployment and today's date (a review may fall overdue overnight), so all four
 * are in the key and a cached response is never stale: publishing moves the {@link ContentVersion} on, and the
 * old entries simply age out of the memory budget. The same key is the ETag, so a revalidating browser gets its 304
 * from memory, before anything renders.
 * Only successful HTML, JSON and Atom responses are kept, within a memory budget, and never one marked
 * {@code Cache-Control: no-store} or {@code private}: a page with a form token or a reader's own data sets that.
 * Only those get the ETag, and only those answer 304: whether an address is a page or an error (a 404, a 400 for a
 * bad parameter) is known once it has rendered, and an error must never pass for the page a browser holds.
 */
@Component
class ReaderResponseCache extends OncePerRequestFilter implements Ordered {

    /** Inside Spring Security's filters, so security headers are written on cached responses too. */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    private static final long BUDGET_BYTES = 64L * 1024 * 1024;

    private final ContentVersion contentVersion;
    private final java.util.concurrent.atomic.AtomicLong cachedVersion = new java.util.concurrent.atomic.AtomicLong();
    private final Clock clock;
    private final Cache<String, CachedResponse> cache = Caffeine.newBuilder()
            .maximumWeight(BUDGET_BYTES)
            .weigher((String key, CachedResponse response) -> key.length() + response.body().length)
            .build();

    ReaderResponseCache(ContentVersion contentVersion, Clock clock) {
        this.contentVersion = contentVersion;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean reader = path.startsWith("/en/") || path.startsWith("/de/") || path.startsWith("/api/v1/");
        return !reader || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long version = contentVersion.current();
        if (cachedVersion.getAndSet(version) != version) {
            cache.invalidateAll(); // entries of older content would never be asked for again
        }
        String etag = "W/\"" + contentVersion.build() + "-" + version + "-" + LocalDate.now(clock) + "\"";
        String key = request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + " " + etag;
        ServletWebRequest revalidation = new ServletWebRequest(request, response);
        CachedResponse cached = cache.getIfPresent(key);
        if (cached != null) {
            if (revalidation.checkNotModified(etag)) {
                cached.writeCachingHeadersTo(response);
            } else {
                cached.writeTo(response);
            }
            return;
        }
        ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recording);
        java.util.Optional<CachedResponse> page = CachedResponse.of(recording);
        if (page.isPresent()) {
            cache.put(key, page.get());
            if (revalidation.checkNotModified(etag)) {
                return; // the browser's copy is this page: the body rendered just now is not sent
            }
        }
        recording.copyBodyToResponse();
    }

    /** A finished 200 response with the headers that belong to its content. */
    record CachedResponse(String contentType, String cacheControl, String contentLanguage, byte[] body) {

        static java.util.Optional<CachedResponse> of(ContentCachingResponseWrapper response) {
            String type = response.getContentType();
            String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
            boolean shared = cacheControl == null
                    || !(cacheControl.contains("no-store") || cacheControl.contains("private"));
            boolean cacheable = response.getStatus() == 200 && type != null && shared
                    && (type.startsWith("text/html") || type.startsWith("application/json")
                            || type.startsWith("application/atom+xml"));
            return cacheable ? java.util.Optional.of(new CachedResponse(type, cacheControl,
                    response.getHeader(HttpHeaders.CONTENT_LANGUAGE),
                    response.getContentAsByteArray())) : java.util.Optional.empty();
        }

        void writeTo(HttpServletResponse response) throws IOException {
            response.setStatus(200);
            response.setContentType(contentType);
            writeCachingHeadersTo(response);
            if (contentLanguage != null) {
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE, contentLanguage);
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }

        /** A 304 repeats how long the page may be kept. */
        void writeCachingHeadersTo(HttpServletResponse response) {
            if (cacheControl != null) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
            }
        }
    }
}
