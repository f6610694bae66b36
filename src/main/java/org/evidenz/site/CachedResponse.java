package org.evidenz.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A finished 200 response kept by {@link ReaderResponseCache}, with the headers that belong to its content, and its
 * body compressed once, when it was kept ({@code gzip} is null when compressing would not pay).
 */
record CachedResponse(String contentType, String cacheControl, String contentLanguage, byte[] body, byte[] gzip) {

    /** Below this, the gzip header and a round trip's worth of CPU cost more than the bytes saved. */
    private static final int COMPRESS_FROM_BYTES = 256;

    static Optional<CachedResponse> of(Recording response, boolean asset) {
        String type = response.getContentType();
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        boolean shared = cacheControl == null
                || !(cacheControl.contains("no-store") || cacheControl.contains("private"));
        boolean cacheable = response.getStatus() == 200 && type != null && shared
                && response.getHeader(HttpHeaders.CONTENT_ENCODING) == null
                && (asset || type.startsWith("text/html") || type.startsWith("application/json")
                        || type.startsWith("application/atom+xml"));
        if (!cacheable) {
            return Optional.empty();
        }
        byte[] body = response.getContentAsByteArray();
        return Optional.of(new CachedResponse(type, cacheControl, response.contentLanguage(),
                body, compressible(type) && body.length >= COMPRESS_FROM_BYTES ? gzip(body) : null));
    }

    /**
     * Records a response as it is rendered, so that a kept answer carries the same headers as the first one: the
     * language Spring sets through {@code setLocale} (Tomcat turns that into a header only when it sends the
     * response, too late to read it back), and none of the validators a handler sets itself, since every kept answer
     * is validated by the cache's own ETag.
     */
    static final class Recording extends ContentCachingResponseWrapper {

        private static final Set<String> OWN_VALIDATORS = Set.of("etag", "last-modified", "accept-ranges");

        private Locale locale;

        Recording(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setLocale(Locale locale) {
            super.setLocale(locale);
            this.locale = locale;
        }

        String contentLanguage() {
            String header = getHeader(HttpHeaders.CONTENT_LANGUAGE);
            return header != null || locale == null ? header : locale.toLanguageTag();
        }

        @Override
        public void setHeader(String name, String value) {
            if (!ownValidator(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!ownValidator(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!ownValidator(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!ownValidator(name)) {
                super.addDateHeader(name, date);
            }
        }

        private static boolean ownValidator(String name) {
            return OWN_VALIDATORS.contains(name.toLowerCase(Locale.ROOT));
        }
    }

    int weight() {
        return body.length + (gzip == null ? 0 : gzip.length);
    }

    void writeTo(HttpServletResponse response, boolean acceptsGzip) throws IOException {
        response.setStatus(200);
        response.setContentType(contentType);
        writeCachingHeadersTo(response);
        if (contentLanguage != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, contentLanguage);
        }
        byte[] sent = body;
        if (gzip != null && acceptsGzip) {
            // Tomcat's own compression leaves a response alone that already names its encoding.
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            sent = gzip;
        }
        response.setContentLength(sent.length);
        response.getOutputStream().write(sent);
    }

    /** A 304 repeats how long the page may be kept, and that its encoding follows the request's. */
    void writeCachingHeadersTo(HttpServletResponse response) {
        if (cacheControl != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }

    private static boolean compressible(String type) {
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("javascript");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(compressed) {
            {
                def.setLevel(Deflater.DEFAULT_COMPRESSION); // level 6: nginx's gzip_comp_level for .gz files is ours
            }
        }) {
            out.write(body);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        byte[] result = compressed.toByteArray();
        return result.length < body.length ? result : null;
    }
}
