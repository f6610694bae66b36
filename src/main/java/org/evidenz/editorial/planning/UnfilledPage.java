package org.evidenz.editorial.planning;

import org.evidenz.shared.Language;

/** A published page about the site that still holds text an operator has to fill in. */
public record UnfilledPage(Language language, String id, String title, String editPath) {
}
