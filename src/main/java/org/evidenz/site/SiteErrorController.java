package org.evidenz.site;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Errors that happen outside a controller (in a filter, or before one was found) end up here. */
@Controller
class SiteErrorController implements ErrorController {

    private final ErrorResponses responses;

    SiteErrorController(ErrorResponses responses) {
        this.responses = responses;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            // Asked for by its address: no error happened, and nothing is published there.
            return responses.respond(request, response, request.getRequestURI(), HttpStatus.NOT_FOUND, null);
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status = code instanceof Integer value ? HttpStatusCode.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return responses.respond(request, response, uri == null ? "/" : uri.toString(), status, null);
    }
}
