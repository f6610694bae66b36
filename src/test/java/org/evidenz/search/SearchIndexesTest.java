package org.evidenz.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.evidenz.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index is derived data: missing, corrupt or built from another content version at start, it is rebuilt from
 * the content; an intact index of the current version is kept.
 */
class SearchIndexesTest {

    @TempDir
    Path folder;

    private static final List<SearchDocument> CONTENT = List.of(new SearchDocument("treatment:massage",
            SearchType.TREATMENT, "/en/treatments/massage", "Massage", "", "Muscles.", List.of(), null));

    /** In place of the database: the documents the content would give. */
    private static SearchDocuments content() {
        return new SearchDocuments(null, null, null, null, null) {
            @Override
            List<SearchDocument> of(Language language) {
                return language == Language.EN ? CONTENT : List.of();
            }
        };
    }

    private SearchIndexes start() {
        SearchIndexes indexes = new SearchIndexes(new SearchProperties(folder), content());
        indexes.run(null);
        return indexes;
    }

    @Test
    void missingIndexIsBuiltAtStart() {
        SearchIndexes indexes = start();

        assertThat(indexes.get(Language.EN).search(SearchRequest.of("massage")).hits()).hasSize(1);
        indexes.close();
    }

    @Test
    void corruptIndexIsRebuiltAtStart() throws IOException {
        start().close();
        try (var files = Files.list(folder.resolve("en"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }

        SearchIndexes indexes = start();

        assertThat(indexes.get(Language.EN).search(SearchRequest.of("massage")).hits()).hasSize(1);
        indexes.close();
    }

    @Test
    void rebuildCommandShowsItsProgress() {
        SearchIndexes indexes = start();
        var out = new java.io.ByteArrayOutputStream();

        new SearchCommands(indexes, null).rebuildAll(new java.io.PrintStream(out, true));

        assertThat(out.toString()).contains("Search index en [##############################] 100% 1/1",
                "Search index de [##############################] 100% 0/0");
        indexes.close();
    }

    @Test
    void indexBuiltFromOlderContentIsRebuiltAtStart() {
        List<SearchDocument> content = new java.util.ArrayList<>(CONTENT);
        SearchDocuments database = new SearchDocuments(null, null, null, null, null) {
            @Override
            List<SearchDocument> of(Language language) {
                return language == Language.EN ? List.copyOf(content) : List.of();
            }
        };
        SearchIndexes before = new SearchIndexes(new SearchProperties(folder), database, () -> 1);
        before.run(null);
        before.close();
        content.set(0, new SearchDocument("treatment:heat", SearchType.TREATMENT, "/en/treatments/heat", "Heat", "",
                "Warmth.", List.of(), null));

        SearchIndexes after = new SearchIndexes(new SearchProperties(folder), database, () -> 2);
        after.run(null);

        assertThat(after.get(Language.EN).search(SearchRequest.of("heat")).hits()).hasSize(1);
        assertThat(after.get(Language.EN).search(SearchRequest.of("massage")).hits()).isEmpty();
        after.close();
    }

    @Test
    void intactIndexOfTheCurrentContentIsNotRebuiltAtStart() {
        List<SearchDocument> content = new java.util.ArrayList<>(CONTENT);
        SearchDocuments database = new SearchDocuments(null, null, null, null, null) {
            @Override
            List<SearchDocument> of(Language language) {
                return language == Language.EN ? List.copyOf(content) : List.of();
            }
        };
        SearchIndexes before = new SearchIndexes(new SearchProperties(folder), database, () -> 3);
        before.run(null);
        before.close();
        content.clear();

        SearchIndexes after = new SearchIndexes(new SearchProperties(folder), database, () -> 3);
        after.run(null);

        assertThat(after.get(Language.EN).search(SearchRequest.of("massage")).hits()).hasSize(1);
        after.close();
    }
}
