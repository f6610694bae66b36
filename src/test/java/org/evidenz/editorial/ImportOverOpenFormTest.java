package org.evidenz.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.evidenz.EvidenzApplication;
import org.evidenz.accounts.User;
import org.evidenz.bundle.Bundle;
import org.evidenz.bundle.BundleReader;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.importing.ContentImport;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A bundle import starts every item's revisions at 1 again. An editor's form opened before it must neither show the
 * old text afterwards nor write it back: saving it is a conflict, also when the import ran in another application
 * instance on the same database (as {@code --import-bundle} beside a running node does).
 */
@EditorialTest
class ImportOverOpenFormTest {

    private static final String TREATMENT = "/editor/items/treatments/en/acupuncture";
    private static final ItemKey TREATMENT_KEY = new ItemKey(ItemKind.TREATMENT, Language.EN, "acupuncture");
    private static final String DEMO_SUMMARY =
            "A traditional Chinese treatment in which thin needles are put into the skin at specific points.";
    private static final String IMPORTED_SUMMARY = "Thin needles at chosen points, as the imported bundle says.";

    @Autowired
    Editorial editorial;
    @Autowired
    ContentStore store;
    @Autowired
    ContentImport importer;
    @Autowired
    BundleReader reader;
    @LocalServerPort
    int port;
    @TempDir
    Path temp;

    EditorClient author;

    @BeforeEach
    void signIn() {
        editorial.resetContent();
        User user = editorial.user("import-author", Role.AUTHOR);
        author = new EditorClient(port).signedInAs(user.email());
    }

    @Test
    void savingAFormOpenedBeforeAnImportIsAConflictAndTheImportedTextSurvives() {
        Document before = author.page(TREATMENT);
        assertThat(before.select("[name=summary]").val()).isEqualTo(DEMO_SUMMARY);

        importer.replaceAll(bundleWithNewSummary(), "test-import");

        assertConflictKeepingTheImport(before);
    }

    @Test
    void anImportByAnotherApplicationOnTheSameDatabaseIsSeenByTheEditorAndNotRevertedByAnOpenForm() {
        // This instance has parsed revision 1 of every item: the form, and the item list, read them.
        Document before = author.page(TREATMENT);
        author.page("/editor/items/treatments");

        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(EvidenzApplication.class)
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:editorial;DB_CLOSE_DELAY=-1",
                        "--evidenz.data-dir=target/test-data/editorial-other-node", "--evidenz.jobs.enabled=false",
                        "--evidenz.bundle.load-demo=false", // and the keys of this instance, as every node has:
                        "--evidenz.feedback.key-file=target/test-data/editorial/feedback.key",
                        "--evidenz.subscription.key-file=target/test-data/editorial/subscription.key")) {
            other.getBean(ContentImport.class).replaceAll(other.getBean(BundleReader.class).read(changedBundle()),
                    "import-bundle");
        }

        assertThat(author.page(TREATMENT).select("[name=summary]").val())
                .as("the editor sees the imported text, not this instance's parse of the old revision 1")
                .isEqualTo(IMPORTED_SUMMARY);
        assertConflictKeepingTheImport(before);
    }

    @Test
    void afterAnImportTheEditorSeesTheImportedTextAndCanSaveOverIt() {
        author.page(TREATMENT);
        importer.replaceAll(bundleWithNewSummary(), "test-import");

        Document after = author.page(TREATMENT);
        assertThat(after.select("[name=summary]").val()).isEqualTo(IMPORTED_SUMMARY);
        HttpResponse<String> saved = author.submit(after.selectFirst("form.item-form"),
                Map.of("name", "Acupuncture (after the import)"), "save");
        assertThat(saved.statusCode()).isEqualTo(302);
        Map<String, Object> latest = ItemFormat.map(store.latest(TREATMENT_KEY).orElseThrow());
        assertThat(latest).containsEntry("summary", IMPORTED_SUMMARY)
                .containsEntry("name", "Acupuncture (after the import)");
    }

    private void assertConflictKeepingTheImport(Document before) {
        HttpResponse<String> conflict = author.submit(before.selectFirst("form.item-form"),
                Map.of("name", "Acupuncture (typed before the import)"), "save");

        assertThat(conflict.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(conflict.body());
        assertThat(page.select(".notice, .conflict").text()).contains("replaced by an import");
        assertThat(page.select(".conflict ins").text()).contains("imported bundle says");
        assertThat(page.select("input[name=name]").val()).as("what the editor typed is kept in the form")
                .isEqualTo("Acupuncture (typed before the import)");
        assertThat(store.find(TREATMENT_KEY).orElseThrow().latestRevision()).isEqualTo(1);
        Document reloaded = author.page(TREATMENT);
        assertThat(reloaded.select("[name=summary]").val()).isEqualTo(IMPORTED_SUMMARY);
        assertThat(reloaded.select("input[name=name]").val()).isEqualTo("Acupuncture");
    }

    private Bundle bundleWithNewSummary() {
        return reader.read(changedBundle());
    }

    /** The demo bundle with acupuncture's summary changed, as a folder as {@code --import-bundle} reads it. */
    private Path changedBundle() {
        try {
            Path demo = Path.of(getClass().getResource("/content/bundle.yaml").toURI()).getParent();
            Path copy = temp.resolve("bundle-" + System.nanoTime());
            try (Stream<Path> files = Files.walk(demo)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(demo.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            Path treatments = copy.resolve("en/treatments.yaml");
            String text = Files.readString(treatments);
            assertThat(text).contains("summary: " + DEMO_SUMMARY);
            Files.writeString(treatments, text.replace("summary: " + DEMO_SUMMARY, "summary: " + IMPORTED_SUMMARY));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
