package org.evidenz.editorial.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.evidenz.source.Author;
import org.evidenz.source.Source;
import org.evidenz.source.SourceType;
import org.junit.jupiter.api.Test;

/**
 * Files as Zotero, EndNote and PubMed export them (references of the seed article, with the DOIs of our demo
 * content) are read into the fields our sources have, including what the converters leave out.
 */
class ExportedReferencesTest {

    @Test
    void zoteroRisGivesYearJournalPagesAndInitials() {
        ReferenceReading reading = read("zotero.ris", ReferenceFormat.RIS);
        assertThat(reading.unreadable()).isEmpty();
        assertThat(reading.references()).hasSize(3);
        Source chou = reading.references().getFirst().source();
        assertThat(chou.type()).isEqualTo(SourceType.ARTICLE_JOURNAL);
        assertThat(chou.title()).startsWith("Nonpharmacologic Therapies for Low Back Pain");
        assertThat(chou.authors()).containsExactly(Author.person("Chou", "R"), Author.person("Deyo", "R"),
                Author.person("Friedly", "J"));
        assertThat(chou.year()).as("PY as a real year").isEqualTo(2017);
        assertThat(chou.containerTitle()).as("T2 as the journal").isEqualTo("Ann Intern Med");
        assertThat(List.of(chou.volume(), chou.issue(), chou.pages(), chou.doi()))
                .containsExactly("166", "7", "493-505", "10.7326/M16-2459");
        Source mu = reading.references().get(1).source();
        assertThat(mu.articleNumber()).isEqualTo("CD013814");
        assertThat(mu.authors().get(1)).isEqualTo(Author.person("Furlan", "AD"));
        assertThat(reading.references().get(2).source().doi()).isNull();
    }

    @Test
    void endNoteRisWithT1JoAndAnOldStyleDateIsMended() {
        ReferenceReading reading = read("endnote.ris", ReferenceFormat.RIS);
        assertThat(reading.unreadable()).isEmpty();
        Source franke = reading.references().getFirst().source();
        assertThat(franke.title()).startsWith("Osteopathic manipulative treatment");
        assertThat(franke.year()).isEqualTo(2014);
        assertThat(franke.containerTitle()).isEqualTo("BMC Musculoskelet Disord");
        assertThat(franke.collectionTitle()).as("the journal is not a series").isNull();
        assertThat(franke.doi()).isEqualTo("10.1186/1471-2474-15-286");
        assertThat(reading.references().getFirst().mended()).anyMatch(m -> m.contains("2014///"));
        assertThat(reading.references().get(1).source().issue()).isEqualTo("2");
    }

    @Test
    void zoteroBibTexTurnsAndOthersIntoEtAlAndNumberIntoTheIssue() {
        ReferenceReading reading = read("zotero.bib", ReferenceFormat.BIBTEX);
        assertThat(reading.unreadable()).isEmpty();
        ReadReference chenot = reading.references().getFirst();
        assertThat(chenot.label()).isEqualTo("chenot_nichtspezifischer_2017");
        assertThat(chenot.source().authors()).containsExactly(Author.person("Chenot", "JF"),
                Author.person("Greitemann", "B"), Author.person("Kladny", "B"));
        assertThat(chenot.source().moreAuthors()).isTrue();
        assertThat(chenot.source().issue()).isEqualTo("51-52");
        assertThat(chenot.source().language()).isEqualTo("de");
        assertThat(chenot.source().title()).isEqualTo("Nichtspezifischer Kreuzschmerz");
        Source skelly = reading.references().get(2).source();
        assertThat(skelly.type()).isEqualTo(SourceType.REPORT);
        assertThat(skelly.collectionTitle()).isEqualTo("AHRQ Comparative Effectiveness Reviews");
        assertThat(skelly.collectionNumber()).isEqualTo("227");
        assertThat(skelly.publisherPlace()).isEqualTo("Rockville (MD)");
        assertThat(skelly.publisher()).isEqualTo("Agency for Healthcare Research and Quality (US)");
    }

    @Test
    void zoteroCslJsonIsReadWithCiteprocsOwnItemData() {
        ReferenceReading reading = read("zotero.json", ReferenceFormat.CSL_JSON);
        assertThat(reading.unreadable()).isEmpty();
        Source ebadi = reading.references().getFirst().source();
        assertThat(List.of(ebadi.containerTitle(), ebadi.issue(), ebadi.articleNumber(), ebadi.doi()))
                .containsExactly("Cochrane Database Syst Rev", "7", "CD009169", "10.1002/14651858.CD009169.pub3");
        assertThat(ebadi.year()).isEqualTo(2020);
        Source chou = reading.references().get(2).source();
        assertThat(chou.type()).isEqualTo(SourceType.REPORT);
        assertThat(chou.collectionNumber()).isEqualTo("169");
    }

    @Test
    void pubmedMedlineTextGivesAbbreviatedJournalDoiPubmedIdAndLanguage() {
        ReferenceReading reading = read("pubmed.nbib", ReferenceFormat.MEDLINE);
        assertThat(reading.unreadable()).isEmpty();
        assertThat(reading.references()).hasSize(2);
        Source chou = reading.references().getFirst().source();
        assertThat(chou.title()).as("continued over two lines, without PubMed's full stop")
                .isEqualTo("Nonpharmacologic Therapies for Low Back Pain: A Systematic Review for an American "
                        + "College of Physicians Clinical Practice Guideline");
        assertThat(List.of(chou.containerTitle(), chou.volume(), chou.issue(), chou.pages(), chou.doi()))
                .containsExactly("Ann Intern Med", "166", "7", "493-505", "10.7326/M16-2459");
        assertThat(chou.year()).isEqualTo(2017);
        assertThat(chou.languageCode()).isEqualTo("en");
        assertThat(chou.pmid()).as("PubMed's id line (pubmed.ncbi.nlm.nih.gov/28192793)").isEqualTo("28192793");
        assertThat(reading.references().get(1).source().pmid()).as("an entry without a PMID line has none").isNull();
        Source chenot = reading.references().get(1).source();
        assertThat(chenot.authors().getFirst()).isEqualTo(Author.person("Chenot", "JF"));
        assertThat(chenot.language()).isEqualTo("de");
    }

    @Test
    void pubmedXmlMarksAShortenedAuthorListAsEtAl() {
        ReferenceReading reading = read("pubmed.xml", ReferenceFormat.PUBMED_XML);
        assertThat(reading.unreadable()).isEmpty();
        Source wu = reading.references().getFirst().source();
        assertThat(wu.title()).isEqualTo("Literature Review and Meta-Analysis of Transcutaneous Electrical Nerve "
                + "Stimulation in Treating Chronic Back Pain");
        assertThat(List.of(wu.containerTitle(), wu.volume(), wu.issue(), wu.pages()))
                .containsExactly("Reg Anesth Pain Med", "43", "4", "425-433");
        assertThat(wu.moreAuthors()).isTrue();
        assertThat(wu.doi()).isNull();
        Source nielsen = reading.references().get(1).source();
        assertThat(nielsen.doi()).isEqualTo("10.1186/s13643-017-0458-y");
        assertThat(nielsen.authors().getFirst()).isEqualTo(Author.person("Nielsen", "SM"));
    }

    @Test
    void eachFormatIsRecognisedByHowItStarts() {
        assertThat(ReferenceFormat.detect(text("zotero.ris"))).contains(ReferenceFormat.RIS);
        assertThat(ReferenceFormat.detect(text("endnote.ris"))).contains(ReferenceFormat.RIS);
        assertThat(ReferenceFormat.detect(text("zotero.bib"))).contains(ReferenceFormat.BIBTEX);
        assertThat(ReferenceFormat.detect(text("zotero.json"))).contains(ReferenceFormat.CSL_JSON);
        assertThat(ReferenceFormat.detect(text("pubmed.nbib"))).contains(ReferenceFormat.MEDLINE);
        assertThat(ReferenceFormat.detect(text("pubmed.xml"))).contains(ReferenceFormat.PUBMED_XML);
        assertThat(ReferenceFormat.detect("Just some words.")).isEmpty();
    }

    @Test
    void aMalformedBibTexFileGetsAMessageForEachBrokenEntry() {
        ReferenceReading reading = read("malformed.bib", ReferenceFormat.BIBTEX);
        assertThat(reading.readable()).isFalse();
        assertThat(reading.unreadable()).extracting(EntryProblem::entry).containsExactly(2, 3);
        assertThat(reading.unreadable().getFirst().reason()).contains("mu_acupuncture_2020")
                .contains("ends before all its braces are closed");
        assertThat(reading.unreadable().get(1).reason()).as("the line in the file, not in the entry")
                .contains("line 19,");
    }

    @Test
    void xmlWithAnExternalEntityNeverReadsTheFileItNames() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE PubmedArticleSet [<!ENTITY secret SYSTEM "
                + "\"file:///etc/passwd\">]><PubmedArticleSet><PubmedArticle><MedlineCitation><Article>"
                + "<ArticleTitle>&secret;</ArticleTitle></Article></MedlineCitation></PubmedArticle>"
                + "</PubmedArticleSet>";
        ReferenceReading reading = ReferenceReaders.read(ReferenceFormat.PUBMED_XML, xxe);
        assertThat(reading.references()).singleElement().satisfies(r -> assertThat(r.source().title())
                .as("the entity is left unresolved").isNull());
    }

    private static ReferenceReading read(String file, ReferenceFormat format) {
        return ReferenceReaders.read(format, text(file));
    }

    static String text(String file) {
        try (InputStream in = ExportedReferencesTest.class.getResourceAsStream("/references/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
