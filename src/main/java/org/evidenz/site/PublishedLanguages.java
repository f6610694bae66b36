package org.evidenz.site;

import java.util.Set;

import org.evidenz.shared.Language;

/** Which languages have published content; the start page sends readers only to those. */
public interface PublishedLanguages {

    Set<Language> published();
}
