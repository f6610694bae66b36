package org.evidenz.site;

import java.io.IOException;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 400 to a request whose query or form Tomcat cannot decode ({@code %FF}, an encoded surrogate, an overlong
 * form, a lone {@code %}, {@code %zz}). Tomcat decodes the parameters on the first {@code getParameter} call,
 * wherever that happens — in Spring Security's CSRF filter, in argument resolution, in a controller — and every
 * such call then throws; that used to surface as a 500 with a stack trace, cached like the page. Asking for the
 * parameters here, before anything else does, turns it into one 400 for every address, with the error page in the
 * reader's language ({@link SiteErrorController}) and one warning in the log that never repeats the value.
 */
@Component
class UnreadableParameters extends OncePerRequestFilter implements Ordered {

    /** Set on a request refused here, so that the error page can say why. */
    static final String REFUSED = UnreadableParameters.class.getName() + ".REFUSED";

    /** After {@link ErrorCacheControl}, and after Spring Boot's character encoding filter that sets the form's. */
    static final int ORDER = ErrorCacheControl.ORDER + 10;

    private static final Logger log = LoggerFactory.getLogger(UnreadableParameters.class);

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (InvalidParameterException e) {
            // 400 for what cannot be decoded, 413 for a form over the size limit
            int status = e.getErrorCode() >= 400 && e.getErrorCode() < 500 ? e.getErrorCode() : 400;
            // The exception's message quotes the value: it may be anything, so it is not logged.
            String path = request.getRequestURI();
            log.warn("Refused {} {} with {}: its parameters could not be decoded", request.getMethod(),
                    path.length() > 200 ? path.substring(0, 200) + "…" : path, status);
            request.setAttribute(REFUSED, Boolean.TRUE);
            response.sendError(status);
            return;
        }
        chain.doFilter(request, response);
    }
}
