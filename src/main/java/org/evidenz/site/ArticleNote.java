package org.evidenz.site;

import java.time.LocalDate;

/** A published note shown at the end of an article, in the editors' words (see {@link ArticleNotes}). */
public record ArticleNote(String text, LocalDate date) {
}
