package org.evidenz.interop.lookup;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Errors of the look-up endpoints as RFC 9457 problems ({@code application/problem+json}), whatever format was
 * asked for: the callers are other systems, a problem is the one error format they can all parse, and an error
 * written as an Atom feed would look like an answer to a client that does not check the status (ADR 21).
 */
@RestControllerAdvice(assignableTypes = {InfobuttonController.class, CdsHooksController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class LookupErrors {

    private static final Logger log = LoggerFactory.getLogger(LookupErrors.class);

    @ExceptionHandler(LookupProblem.class)
    ResponseEntity<ProblemDetail> problem(LookupProblem e, HttpServletRequest request) {
        return respond(e.status(), e.getMessage(), request);
    }

    /**
     * Spring MVC's own refusals (wrong method, unsupported media type) keep their status and get our words; anything
     * else is our fault and says so without details.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
            String detail = switch (error.getStatusCode().value()) {
                case 405 -> "This address does not accept " + request.getMethod() + ".";
                case 406 -> "This address answers only in the formats its documentation names.";
                case 415 -> "Send the request as JSON (Content-Type: application/json).";
                default -> error.getBody().getDetail();
            };
            return respond(error.getStatusCode(), detail, request);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again later.",
                request);
    }

    static ResponseEntity<ProblemDetail> respond(HttpStatusCode status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
