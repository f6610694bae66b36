package org.evidenz.article;

import org.evidenz.shared.Language;

/**
 * What readers are told about a translated article: the language of its original, and whether the original has
 * been updated since this translation was made.
 */
public record TranslationFacts(Language original, boolean outdated) {
}
