package org.evidenz.site;

/** A published page about the site, as the footer and other pages link it. */
public record AboutLink(String slug, String title, String href) {
}
