package org.evidenz.site;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * No error answer may be kept by a cache: a CDN would go on serving a passing 500 or a 400 for a mistyped link to
 * every reader for minutes. Reader pages get their {@code Cache-Control: public} before the controller runs, so
 * whoever ends up setting an error status — a controller, an exception handler, Spring Security, Tomcat's error
 * dispatch — this filter turns the answer into {@code no-store} and lets nothing mark it cacheable again.
 */
@Component
class ErrorCacheControl extends OncePerRequestFilter implements Ordered {

    /** First of ours, just after Spring Boot's character encoding and forwarded-header filters. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** Tomcat's error dispatch comes with the status already set; it must be covered as well. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new ErrorsAreNotStored(response));
    }

    private static final class ErrorsAreNotStored extends HttpServletResponseWrapper {

        private boolean error;

        ErrorsAreNotStored(HttpServletResponse response) {
            super(response);
            if (response.getStatus() >= 400) {
                forbidStoring();
            }
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            if (status >= 400) {
                forbidStoring();
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            if (status >= 400) {
                forbidStoring();
            }
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (status >= 400) {
                forbidStoring();
            }
            super.sendError(status, message);
        }

        @Override
        public void reset() {
            super.reset();
            error = false;
        }

        @Override
        public void setHeader(String name, String value) {
            if (!(error && isCaching(name))) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!(error && isCaching(name))) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!(error && isCaching(name))) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!(error && isCaching(name))) {
                super.addDateHeader(name, date);
            }
        }

        private void forbidStoring() {
            error = true;
            super.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }

        private static boolean isCaching(String name) {
            return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) || HttpHeaders.ETAG.equalsIgnoreCase(name)
                    || HttpHeaders.EXPIRES.equalsIgnoreCase(name) || HttpHeaders.LAST_MODIFIED.equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name);
        }
    }
}
