package org.evidenz.site;

import java.util.List;

/**
 * One page of a list the read API returns: its items, which page it is (1-based), how many items a page holds, how
 * many there are in all, and the address of the next page (null on the last).
 */
public record ApiPage<T>(List<T> items, int page, int size, long total, String next) {

    public ApiPage {
        items = List.copyOf(items);
    }
}
