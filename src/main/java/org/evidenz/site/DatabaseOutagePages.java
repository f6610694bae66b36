package org.evidenz.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 503 when the database cannot be reached by a filter, where no controller's exception handler sees it:
 * Spring Session reads an editor's (or a form's) session from the database before Spring Security and any
 * controller run, and writes it back after them. Left alone, that failure went to Tomcat's error dispatch, which ran
 * the session look-up again and failed as well: a bare 500 after twice the wait. Here the page is written at once,
 * from memory ({@link ErrorResponses}), without a second pass through the filters.
 */
@Component
class DatabaseOutagePages extends OncePerRequestFilter implements Ordered {

    /**
     * Inside {@link ErrorCacheControl} (so the answer is {@code no-store}) and {@link ReaderResponseCache} (answers
     * from memory need nothing of this), outside Spring Session (MIN + 50).
     */
    static final int ORDER = ReaderResponseCache.ORDER + 5;

    private final ErrorResponses responses;
    private final JteViewResolver views;

    DatabaseOutagePages(ErrorResponses responses, JteViewResolver views) {
        this.responses = responses;
        this.views = views;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OneDatabaseWaitPerRequest.begin();
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            OutageLog.note(request, e);
            response.reset();
            respond(request, response);
        } finally {
            OneDatabaseWaitPerRequest.end();
        }
    }

    private void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object answer = responses.respond(request, response, request.getRequestURI(), HttpStatus.SERVICE_UNAVAILABLE,
                null);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        if (answer instanceof ModelAndView page) {
            try {
                views.resolveViewName(page.getViewName(), request.getLocale()).render(page.getModel(), request,
                        response);
            } catch (Exception e) {
                throw new IOException("The outage page could not be written", e);
            }
        } else if (answer instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            // The detail is one of our own sentences; nothing of the request goes into the body, so no escaping.
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"" + problem.getDetail() + "\"}");
        }
    }
}
