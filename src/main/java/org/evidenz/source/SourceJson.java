package org.evidenz.source;

import java.util.List;

/** A source as partners receive it: structured fields plus the formatted citation and a link to open it. */
public record SourceJson(String id, String type, List<Author> authors, boolean moreAuthors, String title,
        String containerTitle, int year, String volume, String issue, String pages, String articleNumber,
        String doi, String pmid, String publisher, String publisherPlace, String collectionTitle,
        String collectionNumber, String reportNumber, String url, String language, String note,
        String citation, String link) {

    public static SourceJson of(Reference reference) {
        Source s = reference.source();
        return new SourceJson(s.id(), s.type().code(), s.authors(), s.moreAuthors(), s.title(),
                s.containerTitle(), s.year(), s.volume(), s.issue(), s.pages(), s.articleNumber(), s.doi(),
                s.pmid(), s.publisher(), s.publisherPlace(), s.collectionTitle(), s.collectionNumber(),
                s.reportNumber(), s.url(), s.language(), s.note(), reference.citation(), s.link());
    }
}
