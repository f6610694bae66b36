package org.evidenz.editorial.authoring;

import org.evidenz.editorial.store.StoredItem;

/** One line of a list of items: what it is called, where to edit it and, for articles, its workflow state. */
public record ListedItem(StoredItem stored, String label, String path, String state) {
}
