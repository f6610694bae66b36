package org.evidenz.editorial.web;

import java.util.List;

/** One page of a list of items. */
public record ItemListing(List<ListedItem> items, int page, int pages, int total) {
}
