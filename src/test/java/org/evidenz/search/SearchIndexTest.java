package org.evidenz.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.lucene.store.FSDirectory;
import org.evidenz.shared.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Lucene index on disk: analysis, synonyms, typos, boosts, highlighting and hostile input. */
class SearchIndexTest {

    @TempDir
    Path folder;

    private final List<SearchIndex> opened = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (SearchIndex index : opened) {
            index.close();
        }
    }

    private SearchIndex index(Language language, SearchDocument... documents) throws IOException {
        SearchIndex index = new SearchIndex(FSDirectory.open(folder.resolve(language.code())),
                SearchAnalyzers.of(language));
        opened.add(index);
        index.rebuild(List.of(documents), count -> { });
        return index;
    }

    private static SearchDocument doc(String id, SearchType type, String title, String keywords, String body) {
        return new SearchDocument(id, type, "/x/" + id, title, keywords, body, List.of("topic-" + type.code()), null);
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::id).toList();
    }

    @Test
    void laySynonymFindsTheTechnicalTerm() throws IOException {
        SearchIndex index = index(Language.EN, doc("lbp", SearchType.CONDITION, "Non-specific low back pain", "",
                "Pain in the lower back."), doc("other", SearchType.TERM, "Infection", "", "Germs."));

        assertThat(ids(index.search(SearchRequest.of("lumbago")))).containsExactly("lbp");
        assertThat(ids(index.search(SearchRequest.of("chiropractic")))).isEmpty();
    }

    @Test
    void misspelledWordsStillFindTheirMatchAndAreCorrected() throws IOException {
        SearchIndex index = index(Language.EN,
                doc("manual", SearchType.TREATMENT, "Manual therapy", "chiropractor", "Hands on the spine."),
                doc("massage", SearchType.TREATMENT, "Massage", "", "Relaxes the muscles."));

        assertThat(ids(index.search(SearchRequest.of("chiropracter")))).first().isEqualTo("manual");
        SearchResults massge = index.search(SearchRequest.of("massge"));
        assertThat(ids(massge)).first().isEqualTo("massage");
        assertThat(massge.didYouMean()).isEqualTo("massage");
    }

    @Test
    void titleMatchOutranksAMentionInRunningText() throws IOException {
        SearchIndex index = index(Language.EN,
                doc("mention", SearchType.SECTION, "Active treatments", "", "Unlike massage, exercise is active."),
                doc("massage", SearchType.TREATMENT, "Massage", "", "A therapist works on the body."));

        assertThat(ids(index.search(SearchRequest.of("massage")))).containsExactly("massage", "mention");
    }

    @Test
    void germanCompoundsAreFoundByTheirPartsAndBySynonym() throws IOException {
        SearchIndex index = index(Language.DE,
                doc("kreuz", SearchType.CONDITION, "Nicht-spezifischer Kreuzschmerz", "", "Schmerzen im unteren Rücken."),
                doc("akupunktur", SearchType.TREATMENT, "Akupunktur", "", "Dünne Nadeln werden in die Haut gestochen."),
                doc("waerme", SearchType.TREATMENT, "Wärme oder Kälte", "", "Eine Wärmflasche auf dem Rücken."));

        assertThat(ids(index.search(SearchRequest.of("Rückenschmerzen")))).first().isEqualTo("kreuz");
        assertThat(ids(index.search(SearchRequest.of("Schmerz")))).contains("kreuz");
        assertThat(ids(index.search(SearchRequest.of("Rückenschmerzen Akupunktur"))))
                .containsExactlyInAnyOrder("kreuz", "akupunktur", "waerme");
        assertThat(ids(index.search(SearchRequest.of("Wärmflasche")))).containsExactly("waerme");
        assertThat(ids(index.search(SearchRequest.of("Akupunkur")))).as("typo").containsExactly("akupunktur");
    }

    @Test
    void hostileQueriesGiveNormalResultsNeverAnError() throws IOException {
        SearchIndex index = index(Language.EN, doc("massage", SearchType.TREATMENT, "Massage", "", "Muscles."));

        assertThat(ids(index.search(SearchRequest.of("title:(massage AND ~ ^2 \\ / [")))).containsExactly("massage");
        assertThat(ids(index.search(SearchRequest.of("massage " + "x".repeat(10_000))))).containsExactly("massage");
        assertThat(ids(index.search(SearchRequest.of("\"massage")))).containsExactly("massage");
        assertThat(index.search(SearchRequest.of("the of and is")).noSearchableWords()).isTrue();
        assertThat(index.search(SearchRequest.of("😀 🙂")).hits()).isEmpty();
        assertThat(index.search(SearchRequest.of("*:*")).hits()).isEmpty();
    }

    @Test
    void snippetMarksTheMatchAndEscapesEverythingElse() throws IOException {
        SearchIndex index = index(Language.EN, doc("x", SearchType.SECTION, "Title", "",
                "Before <script>alert(1)</script> the massage & after."));

        String snippet = index.search(SearchRequest.of("massage")).hits().get(0).snippetHtml();

        assertThat(snippet).contains("<mark>massage</mark>", "&lt;script&gt;", "&amp;").doesNotContain("<script");
    }

    @Test
    void resultsComePagedAndFilteredByTypeAndTopic() throws IOException {
        List<SearchDocument> documents = new ArrayList<>(IntStream.range(0, 23)
                .mapToObj(i -> doc("s" + i, SearchType.SECTION, "Section " + i, "", "About pain number " + i))
                .toList());
        documents.add(doc("t", SearchType.TREATMENT, "Pain relief", "", "A treatment."));
        SearchIndex index = index(Language.EN, documents.toArray(SearchDocument[]::new));

        SearchResults third = index.search(new SearchRequest("pain", null, null, 3));
        assertThat(third.total()).isEqualTo(24);
        assertThat(third.pages()).isEqualTo(3);
        assertThat(third.hits()).hasSize(4);
        assertThat(third.countsByType()).containsEntry(SearchType.SECTION, 23L).containsEntry(SearchType.TREATMENT, 1L);
        assertThat(ids(index.search(new SearchRequest("pain", SearchType.TREATMENT, null, 1)))).containsExactly("t");
        assertThat(ids(index.search(new SearchRequest("pain", null, "topic-treatment", 1)))).containsExactly("t");
    }

    @Test
    void suggestionsMatchTheStartOfAnyWordOfATitleOrAnotherName() throws IOException {
        SearchIndex index = index(Language.EN,
                doc("manual", SearchType.TREATMENT, "Manual therapy", "chiropractic adjustment\nspinal manipulation",
                        ""),
                doc("massage", SearchType.TREATMENT, "Massage", "", ""));

        assertThat(index.suggest("chiro", 5)).extracting(Suggestion::text).containsExactly("chiropractic adjustment");
        assertThat(index.suggest("manip", 5)).extracting(Suggestion::url).containsExactly("/x/manual");
        assertThat(index.suggest("ma", 5)).extracting(Suggestion::title).contains("Massage", "Manual therapy");
        assertThat(index.suggest("m", 5)).isEmpty();
    }

    @Test
    void rebuildReplacesEverythingAndSurvivesReopening() throws IOException {
        SearchIndex index = index(Language.EN, doc("old", SearchType.TERM, "Old term", "", ""));
        index.rebuild(List.of(doc("new", SearchType.TERM, "New term", "", "")), count -> { });
        index.close();
        opened.clear();

        SearchIndex reopened = new SearchIndex(FSDirectory.open(folder.resolve("en")), SearchAnalyzers.of(Language.EN));
        opened.add(reopened);

        assertThat(ids(reopened.search(SearchRequest.of("term")))).containsExactly("new");
        assertThat(reopened.suggest("new", 5)).extracting(Suggestion::title).containsExactly("New term");
    }
}
