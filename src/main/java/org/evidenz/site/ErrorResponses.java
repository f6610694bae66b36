package org.evidenz.site;

import java.net.URI;
import java.util.Map;

import org.evidenz.shared.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns an error into what the client can use: for the API an RFC 9457 problem ({@code application/problem+json})
 * with a message a person understands, for readers a page in their language that helps them on. Never a stack
 * trace, never cacheable ({@link ErrorCacheControl}), always with the security headers.
 */
@Component
class ErrorResponses {

    private static final String UNREADABLE_DETAIL = "The address or form could not be read: its parameters are not "
            + "percent-encoded UTF-8 (a '%' must be followed by two hexadecimal digits, and the bytes must form "
            + "valid UTF-8).";

    private static final String TOO_LARGE_DETAIL = "The form or file sent is larger than we accept: files up to "
            + "10 MB, other forms up to 2 MB.";

    private static final String UNAVAILABLE_DETAIL = "The service is unavailable for a moment: our database cannot "
            + "be reached. Please try again in " + DatabaseOutage.RETRY_AFTER_SECONDS + " seconds.";

    private static final String NOT_SAVED_DETAIL = "Nothing was saved: our database cannot be reached at the moment. "
            + "Please send the same request again in " + DatabaseOutage.RETRY_AFTER_SECONDS + " seconds.";

    private final Pages pages;

    ErrorResponses(Pages pages) {
        this.pages = pages;
    }

    Object respond(HttpServletRequest request, HttpServletResponse response, String path, HttpStatusCode status,
            String detail) {
        // On an error dispatch Spring Security's header writer does not run; without this the page would go out bare.
        SecurityHeaders.writeTo(request, response);
        if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            return unavailable(request, response, path);
        }
        boolean tooLarge = status.value() == HttpStatus.CONTENT_TOO_LARGE.value();
        boolean unreadable = !tooLarge && request.getAttribute(UnreadableParameters.REFUSED) != null;
        if (isApi(path, request)) {
            return problem(path, status, tooLarge ? TOO_LARGE_DETAIL : unreadable ? UNREADABLE_DETAIL : detail);
        }
        if (request.getAttribute(SameOriginFormPosts.REFUSED) != null) {
            return page(path, status, "cross-site");
        }
        return page(path, status, tooLarge ? "too-large" : unreadable ? "unreadable" : kindOf(status));
    }

    /**
     * The database cannot be reached: 503, try again in {@link DatabaseOutage#RETRY_AFTER_SECONDS}. The page is built
     * from memory only, and a form sent meanwhile is told plainly that it was not saved.
     */
    private Object unavailable(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        boolean sent = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        if (isApi(path, request)) {
            return problem(path, HttpStatus.SERVICE_UNAVAILABLE, sent ? NOT_SAVED_DETAIL : UNAVAILABLE_DETAIL);
        }
        String kind = sent ? "not-saved" : "unavailable";
        Language language = languageOf(path);
        Page page = pages.withoutDatabase(language)
                .title(pages.messages(language).t("error." + kind + ".title"))
                .path(path == null ? "/" : path)
                .notIndexable()
                .build();
        return view(page, HttpStatus.SERVICE_UNAVAILABLE, kind);
    }

    static boolean isApi(String path, HttpServletRequest request) {
        if (path != null && path.startsWith("/api/")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains("text/html")
                && (accept.contains("application/json") || accept.contains("application/problem+json"));
    }

    ResponseEntity<ProblemDetail> problem(String path, HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null || detail.isBlank()
                ? defaultDetail(status) : detail);
        if (path != null) {
            problem.setInstance(URI.create(path.replace(" ", "%20")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    ModelAndView page(String path, HttpStatusCode status, String kind) {
        Language language = languageOf(path);
        Page page = pages.of(language)
                .title(pages.messages(language).t("error." + kind + ".title"))
                .path(path == null ? "/" : path)
                .notIndexable()
                .build();
        return view(page, status, kind);
    }

    private static ModelAndView view(Page page, HttpStatusCode status, String kind) {
        ModelAndView view = new ModelAndView("site/error", Map.of("page", page, "status", status.value(),
                "kind", kind));
        view.setStatus(status);
        return view;
    }

    private static String kindOf(HttpStatusCode status) {
        return status.value() == 404 ? "not-found" : status.is4xxClientError() ? "bad-request" : "server";
    }

    private static Language languageOf(String path) {
        if (path != null && path.length() >= 3 && path.charAt(0) == '/') {
            return Language.fromCode(path.substring(1, 3)).filter(l -> path.length() == 3 || path.charAt(3) == '/')
                    .orElse(Language.EN);
        }
        return Language.EN;
    }

    private static String defaultDetail(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return switch (status.value()) {
            case 404 -> "Nothing is published at this address.";
            case 405 -> "This address does not accept that method.";
            case 500 -> "Something went wrong on our side. Please try again later.";
            default -> known != null ? known.getReasonPhrase() : "The request could not be handled.";
        };
    }
}
