package org.evidenz.site;

import org.evidenz.shared.Language;

/** The same page in another language, for hreflang links and the language switch. */
public record Alternate(Language language, String path) {
}
