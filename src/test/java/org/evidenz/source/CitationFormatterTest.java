package org.evidenz.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Vancouver (NLM) citations come from citeproc-java and the structured fields, never from stored strings. */
class CitationFormatterTest {

    private final CitationFormatter formatter = new CitationFormatter();

    private static Source journal(String id, List<Author> authors, boolean moreAuthors, String title, String journal,
            int year, String volume, String issue, String pages, String articleNumber, String doi) {
        return new Source(id, SourceType.ARTICLE_JOURNAL, authors, moreAuthors, title, journal, year, volume, issue,
                pages, articleNumber, doi, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void journalArticleWithShortenedAuthorListEndsItWithEtAl() {
        Source source = journal("chou-2017", List.of(Author.person("Chou", "R"), Author.person("Deyo", "R"),
                        Author.person("Friedly", "J")), true, "Nonpharmacologic Therapies for Low Back Pain",
                "Ann Intern Med", 2017, "166", "7", "493-505", null, "10.7326/M16-2459");

        assertThat(formatter.format(source)).isEqualTo("Chou R, Deyo R, Friedly J, et al. Nonpharmacologic Therapies "
                + "for Low Back Pain. Ann Intern Med. 2017;166(7):493–505.");
    }

    @Test
    void cochraneReviewIsCitedByIssueAndReviewNumber() {
        Source source = journal("mu-2020", List.of(Author.person("Mu", "J"), Author.person("Furlan", "AD"),
                        Author.person("Lam", "WY")), true, "Acupuncture for chronic nonspecific low back pain",
                "Cochrane Database Syst Rev", 2020, null, "12", null, "CD013814", "10.1002/14651858.CD013814");

        assertThat(formatter.format(source)).isEqualTo("Mu J, Furlan AD, Lam WY, et al. Acupuncture for chronic "
                + "nonspecific low back pain. Cochrane Database Syst Rev. 2020;(12):CD013814.");
    }

    @Test
    void completeAuthorListHasNoEtAl() {
        Source source = journal("franke-2014", List.of(Author.person("Franke", "H"), Author.person("Franke", "JD"),
                        Author.person("Fryer", "G")), false, "Osteopathic manipulative treatment",
                "BMC Musculoskelet Disord", 2014, "15", null, null, "286", null);

        assertThat(formatter.format(source)).startsWith("Franke H, Franke JD, Fryer G. Osteopathic")
                .endsWith("BMC Musculoskelet Disord. 2014;15:286.");
    }

    @Test
    void reportNamesPlacePublisherAndSeries() {
        Source source = new Source("chou-2016", SourceType.REPORT, List.of(Author.person("Chou", "R")), true,
                "Noninvasive Treatments for Low Back Pain", null, 2016, null, null, null, null, null, null,
                "Agency for Healthcare Research and Quality (US)", "Rockville (MD)",
                "AHRQ Comparative Effectiveness Reviews", "169", null, null, null, null);

        assertThat(formatter.format(source)).isEqualTo("Chou R, et al. Noninvasive Treatments for Low Back Pain. "
                + "Rockville (MD): Agency for Healthcare Research and Quality (US); 2016. "
                + "(AHRQ Comparative Effectiveness Reviews; vol. 169).");
    }

    @Test
    void organisationsAreNamedAsWritten() {
        Source source = new Source("nvl-2017", SourceType.GUIDELINE,
                List.of(Author.organisation("Bundesärztekammer (BÄK)")), false,
                "Nationale VersorgungsLeitlinie Nicht-spezifischer Kreuzschmerz", null, 2017, null, null, null, null,
                null, null, null, null, null, null, "nvl-007", null, "de", null);

        assertThat(formatter.format(source)).startsWith("Bundesärztekammer (BÄK). Nationale VersorgungsLeitlinie "
                + "Nicht-spezifischer Kreuzschmerz. 2017.");
    }

    @Test
    void readersAreSentToTheDoiFirstThenPubMedThenTheWeb() {
        Source withDoi = journal("a", List.of(), false, "T", "J", 2020, null, null, null, null, "10.1/x");
        assertThat(withDoi.link()).isEqualTo("https://doi.org/10.1/x");
        Source withPmid = new Source("b", SourceType.ARTICLE_JOURNAL, List.of(), false, "T", "J", 2020, null, null,
                null, null, null, "123", null, null, null, null, null, null, null, null);
        assertThat(withPmid.link()).isEqualTo("https://pubmed.ncbi.nlm.nih.gov/123/");
    }
}
