package org.evidenz.site;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves reader pages, read-API responses and static assets from memory. Such a response depends only on its address,
 * the published content, the running deployment and today's date (a review may fall overdue overnight), so all four
 * are in the key and a cached response is never stale: publishing moves the {@link ContentVersion} on, and the
 * old entries simply age out of the memory budget. The same key is the ETag, so a revalidating browser gets its 304
 * from memory, before anything renders.
 * Only successful HTML, JSON and Atom responses (and assets) are kept, within a memory budget, and never one marked
 * {@code Cache-Control: no-store} or {@code private}: a page with a form token or a reader's own data sets that.
 * Only those get the ETag, and only those answer 304: whether an address is a page or an error (a 404, a 400 for a
 * bad parameter) is known once it has rendered, and an error must never pass for the page a browser holds.
 * Each kept response is compressed once, when it is kept, and a client that accepts gzip gets those stored bytes
 * (docs/adr/0025). A cached answer is written before sessions and Spring Security run: neither has anything to
 * do for a response that is the same for everyone, so the security headers are written here. Pages and assets are
 * answered by {@link CachedAnswers} even before Tomcat builds the filter chain (docs/adr/0032).
 */
@Component
class ReaderResponseCache extends OncePerRequestFilter implements Ordered {

    /** After the filters that refuse unreadable requests, before Spring Session (MIN + 50) and Spring Security. */
    static final int ORDER = UnreadableParameters.ORDER + 20;

    /** How long a browser may keep an asset asked for by its plain name, which changes content in place. */
    static final String UNVERSIONED_ASSET_CACHE_CONTROL = "max-age=3600, public";

    /** Spring's {@code VersionResourceResolver} names a file {@code evidenz-<md5 of its content>.css}. */
    private static final Pattern VERSIONED_ASSET = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z0-9]+");

    private static final long BUDGET_BYTES = 64L * 1024 * 1024;

    private final ContentVersion contentVersion;
    private final AtomicLong cachedVersion = new AtomicLong();
    private final Clock clock;
    private final Cache<String, CachedResponse> cache = Caffeine.newBuilder()
            .maximumWeight(BUDGET_BYTES)
            .weigher((String key, CachedResponse response) -> key.length() + response.weight())
            .build();

    private final PublicAddress publicAddress;

    ReaderResponseCache(ContentVersion contentVersion, Clock clock, PublicAddress publicAddress) {
        this.contentVersion = contentVersion;
        this.clock = clock;
        this.publicAddress = publicAddress;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isReaderRead(request);
    }

    private static boolean isReaderRead(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean reader = path.startsWith("/en/") || path.startsWith("/de/") || path.startsWith("/api/v1/")
                || path.startsWith("/assets/");
        return reader && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }

    /**
     * Answers a request from memory if a kept answer fits it, as {@link CachedAnswers} does before the filter chain
     * exists. API answers are left to the filter, after {@link ApiAccess} has counted and answered CORS for them.
     *
     * @return whether the request has been answered
     */
    boolean answerBeforeFilters(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isReaderRead(request) || request.getRequestURI().startsWith("/api/")) {
            return false;
        }
        String etag = etag();
        return answerFromMemory(key(request, etag), etag, request, response);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String etag = etag();
        String key = key(request, etag);
        if (answerFromMemory(key, etag, request, response)) {
            return;
        }
        CachedResponse.Recording recording = new CachedResponse.Recording(response);
        chain.doFilter(request, recording);
        String path = request.getRequestURI();
        if (path.startsWith("/assets/") && !VERSIONED_ASSET.matcher(path).matches()) {
            recording.setHeader(HttpHeaders.CACHE_CONTROL, UNVERSIONED_ASSET_CACHE_CONTROL);
        }
        Optional<CachedResponse> page = "GET".equals(request.getMethod())
                ? CachedResponse.of(recording, path.startsWith("/assets/")) : Optional.empty();
        if (page.isPresent()) {
            cache.put(key, page.get());
            // the security headers are already on the response: Spring Security wrote them
            answer(page.get(), new ServletWebRequest(request, response).checkNotModified(etag), request, response);
            return;
        }
        recording.copyBodyToResponse();
    }

    /** The ETag of every kept answer of this deployment, today, at the current content version. */
    private String etag() {
        long version = contentVersion.current();
        if (cachedVersion.getAndSet(version) != version) {
            cache.invalidateAll(); // entries of older content would never be asked for again
        }
        return "W/\"" + contentVersion.build() + "-" + version + "-" + LocalDate.now(clock) + "\"";
    }

    /** HEAD is answered from the GET's entry: the servlet drops a HEAD's body, so it has none worth keeping. */
    private String key(HttpServletRequest request, String etag) {
        return "GET " + origin(request) + request.getRequestURI() + "?" + request.getQueryString() + " " + etag;
    }

    private boolean answerFromMemory(String key, String etag, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        CachedResponse cached = cache.getIfPresent(key);
        if (cached == null) {
            return false;
        }
        SecurityHeaders.writeTo(request, response);
        answer(cached, new ServletWebRequest(request, response).checkNotModified(etag), request, response);
        return true;
    }

    /**
     * Without a configured base URL a page's absolute links follow the address it was asked at, so that address is
     * part of the key: else one request with a forged Host would put its links into everyone's page.
     */
    private String origin(HttpServletRequest request) {
        return publicAddress.isConfigured() ? ""
                : request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }

    private static void answer(CachedResponse cached, boolean notModified, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (notModified) {
            cached.writeCachingHeadersTo(response); // the browser's copy is this page: no body is sent
        } else {
            cached.writeTo(response, AcceptEncoding.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING)));
        }
    }
}
