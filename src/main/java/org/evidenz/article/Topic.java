package org.evidenz.article;

import org.evidenz.shared.Language;

/** A health topic readers look for, such as "Low back pain"; it groups articles. */
public record Topic(Language language, String id, String slug, String title, String summary, String conditionId) {
}
