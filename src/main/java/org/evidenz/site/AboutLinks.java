package org.evidenz.site;

import java.util.List;

import org.evidenz.shared.Language;

/**
 * The site's own pages (methods, privacy notice, imprint, ...) that are published in a language. The layout links
 * them in every page's footer, and forms and notices link the one they need by its id; a page that is not
 * published is not linked at all. The site knows no content module: the module that keeps the pages answers.
 */
public interface AboutLinks {

    /** The published pages in the order the footer lists them. */
    List<AboutLink> published(Language language);
}
