package org.evidenz.article.web;

import java.time.LocalDate;

import org.evidenz.shared.Language;

/**
 * What a reader of a translated article is told: that it is a translation, and when the original has been
 * updated since, when and where to read it.
 */
public record TranslationNote(Language original, String originalPath, LocalDate originalUpdated, boolean outdated) {
}
