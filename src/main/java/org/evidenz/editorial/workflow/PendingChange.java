package org.evidenz.editorial.workflow;

/** An item that the next publication of an article would publish, and where to edit it. */
public record PendingChange(String label, String path) {
}
