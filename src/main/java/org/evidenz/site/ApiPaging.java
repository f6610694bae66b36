package org.evidenz.site;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Cuts the read API's lists into pages and reads the parameters partners page and sync with: {@code page} (from 1),
 * {@code size} (1 to {@link #MAX_SIZE}, {@link #DEFAULT_SIZE} when left out) and {@code modifiedSince} (an ISO 8601
 * date-time with offset). A value out of range is a 400 that says what is allowed, never a silently different page.
 */
public final class ApiPaging {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private ApiPaging() {
    }

    /** The requested page of {@code all}; {@code next} repeats the request's own parameters with the next page. */
    public static <T> ApiPage<T> page(List<T> all, Integer page, Integer size) {
        int number = page == null ? 1 : page;
        int perPage = size == null ? DEFAULT_SIZE : size;
        if (number < 1) {
            throw badRequest("The parameter 'page' must be 1 or more, not " + number + ".");
        }
        if (perPage < 1 || perPage > MAX_SIZE) {
            throw badRequest("The parameter 'size' must be between 1 and " + MAX_SIZE + ", not " + perPage + ".");
        }
        long from = (long) (number - 1) * perPage;
        List<T> items = from >= all.size() ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + perPage));
        boolean more = from + perPage < all.size();
        String next = more ? nextAddress(number + 1, perPage) : null;
        return new ApiPage<>(items, number, perPage, all.size(), next);
    }

    /** This request's path and parameters (as sent, still encoded) with another page. */
    private static String nextAddress(int page, int size) {
        UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest().build();
        return UriComponentsBuilder.fromPath(current.getPath()).query(current.getQuery())
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build().toUriString();
    }

    /** The instant in {@code modifiedSince}, or null when the parameter was left out. */
    public static Instant modifiedSince(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            String shown = value.length() > 100 ? value.substring(0, 100) + "…" : value;
            throw badRequest("The parameter 'modifiedSince' must be a date and time with its offset, such as "
                    + "2026-11-01T00:00:00Z, not '" + shown + "'.");
        }
    }

    private static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }
}
