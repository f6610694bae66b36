package org.evidenz.article.web;

import java.time.LocalDate;

import org.evidenz.shared.Language;

/**
 * What a reader of a translated page is told: that it is a translation, and when the original has been updated
 * since, where to read it and, for articles, when it was updated ({@code originalUpdated} is null for treatments).
 */
public record TranslationNote(Language original, String originalPath, LocalDate originalUpdated, boolean outdated) {
}
