package org.evidenz.site;

/** One step of a breadcrumb trail; the current page has no link. */
public record Crumb(String label, String href) {
}
