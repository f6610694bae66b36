package org.evidenz.article;

import org.evidenz.shared.Language;

/**
 * What readers are told about a translated page: the language of its original, and whether the original has been
 * updated since this translation was made.
 */
public record TranslationFacts(Language original, boolean outdated) {

    /** The kinds of reader page that carry a translation notice. */
    public enum Subject {
        ARTICLE,
        TREATMENT
    }

    /** The notice of one page: which article or treatment, in which language. */
    public record Notice(Subject subject, Language language, String id, TranslationFacts facts) {
    }
}
