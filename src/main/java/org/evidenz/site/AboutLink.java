package org.evidenz.site;

/**
 * A published page about the site, as the footer and other pages link it.
 *
 * @param id the page's stable id, the same in every language (such as {@code privacy})
 */
public record AboutLink(String id, String title, String href) {
}
