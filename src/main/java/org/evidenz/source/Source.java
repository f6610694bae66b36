package org.evidenz.source;

import java.util.List;

/**
 * A bibliographic record, shared by every language. Readers never see these fields raw: the
 * {@link CitationFormatter} turns them into a Vancouver citation.
 *
 * @param moreAuthors the author list is shortened; the citation ends it with "et al."
 * @param articleNumber an electronic location such as a Cochrane review number (CD013814) or BMJ's m4825
 * @param language the language of the publication when it is not English (e.g. {@code de})
 */
public record Source(
        String id,
        SourceType type,
        List<Author> authors,
        boolean moreAuthors,
        String title,
        String containerTitle,
        int year,
        String volume,
        String issue,
        String pages,
        String articleNumber,
        String doi,
        String pmid,
        String publisher,
        String publisherPlace,
        String collectionTitle,
        String collectionNumber,
        String reportNumber,
        String url,
        String language,
        String note) {

    public Source {
        authors = List.copyOf(authors);
    }

    /** The language of the publication as a code for {@code lang} attributes: {@code en} unless stated. */
    public String languageCode() {
        return language == null || language.isBlank() ? "en" : language;
    }

    Source withAuthors(List<Author> newAuthors) {
        return new Source(id, type, newAuthors, moreAuthors, title, containerTitle, year, volume, issue, pages,
                articleNumber, doi, pmid, publisher, publisherPlace, collectionTitle, collectionNumber, reportNumber,
                url, language, note);
    }

    /** Where a reader can open the source: its DOI, else its PubMed entry, else its URL. */
    public String link() {
        if (doi != null) {
            return "https://doi.org/" + doi;
        }
        if (pmid != null) {
            return "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";
        }
        return url;
    }
}
