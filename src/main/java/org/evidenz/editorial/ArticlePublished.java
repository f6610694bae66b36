package org.evidenz.editorial;

import org.evidenz.shared.Language;

/** An article was published (or its unchanged content confirmed): subscribers and partners may want to know. */
public record ArticlePublished(Language language, String articleId, int revision, PublicationKind kind) {
}
