package org.evidenz.editorial.authoring;

import java.util.List;

import org.evidenz.shared.Paging;

/** One page of a list of items. */
public record ItemListing(List<ListedItem> items, Paging paging) {
}
