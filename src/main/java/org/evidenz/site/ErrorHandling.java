package org.evidenz.site;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.evidenz.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Maps exceptions from any controller to a problem response or an error page (see {@link ErrorResponses}). */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final ErrorResponses responses;

    ErrorHandling(ErrorResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    Object notFound(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String detail = e instanceof NotFoundException ? e.getMessage() : null;
        return responses.respond(request, response, request.getRequestURI(), HttpStatus.NOT_FOUND, detail);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request,
            HttpServletResponse response) {
        String detail = "The parameter '" + e.getName() + "' has a value that is not allowed: "
                + quoted(e.getValue()) + ".";
        Class<?> type = e.getRequiredType();
        if (type == Language.class) {
            detail += " Use one of " + Arrays.stream(Language.values()).map(Language::code)
                    .collect(Collectors.joining(", ")) + ".";
        } else if (type != null && type.isEnum()) {
            detail += " Use one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")) + ".";
        }
        return responses.respond(request, response, request.getRequestURI(), HttpStatus.BAD_REQUEST, detail);
    }

    @ExceptionHandler(TypeMismatchException.class)
    Object typeMismatch(TypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        return responses.respond(request, response, request.getRequestURI(), HttpStatus.BAD_REQUEST,
                "A parameter has a value that is not allowed: " + quoted(e.getValue()) + ".");
    }

    @ExceptionHandler(ResponseStatusException.class)
    Object status(ResponseStatusException e, HttpServletRequest request, HttpServletResponse response) {
        return responses.respond(request, response, request.getRequestURI(), e.getStatusCode(), e.getReason());
    }

    /**
     * Spring MVC's own exceptions (wrong method, missing parameter, …) know their status; an unreachable database is
     * a 503 ({@link DatabaseOutage}); others are our fault.
     */
    @ExceptionHandler(Exception.class)
    Object other(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
            return responses.respond(request, response, request.getRequestURI(), error.getStatusCode(),
                    error.getBody().getDetail());
        }
        if (DatabaseOutage.isCause(e)) {
            OutageLog.note(request, e);
            return responses.respond(request, response, request.getRequestURI(), HttpStatus.SERVICE_UNAVAILABLE,
                    null);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return responses.respond(request, response, request.getRequestURI(), HttpStatus.INTERNAL_SERVER_ERROR,
                null);
    }

    /** The value as the client sent it, cut short: a problem detail is no place for 10,000 characters. */
    private static String quoted(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 100 ? text.substring(0, 100) + "…" : text) + "'";
    }
}
