package org.evidenz.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.evidenz.article.Topics;
import org.evidenz.editorial.importing.ContentExport;
import org.evidenz.glossary.Term;
import org.evidenz.shared.Language;
import org.evidenz.support.ReaderSiteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Export writes the format import reads: database → files → bundle is lossless, so an export is a backup. */
@ReaderSiteTest
class BundleRoundTripTest {

    @Autowired
    BundleReader reader;

    @Autowired
    ContentExport exporter;

    @Autowired
    BundleWriter writer;

    @Autowired
    Topics topics;

    @TempDir
    Path folder;

    @Test
    void exportOfTheImportedDemoReadsBackAsTheSameBundle() {
        Bundle demo = reader.readClasspath("content");

        writer.write(exporter.export(demo.name()), folder);
        Bundle roundTripped = reader.read(folder);

        assertThat(normalized(roundTripped)).usingRecursiveComparison().isEqualTo(normalized(demo));
    }

    @Test
    void exportedFilesAreReadableYamlAndMarkdown() {
        writer.write(exporter.export("Backup"), folder);

        assertThat(folder.resolve("en/articles/passive-treatments.md")).content()
                .startsWith("---\nid: passive-treatments\n")
                .contains("\n## In short {#in-short layer=short-answer}\n");
        assertThat(folder.resolve("sources.yaml")).content().contains("- id: mu-2020",
                "doi: 10.1002/14651858.CD013814");
    }

    @Test
    void invalidBundleIsRefusedBeforeAnythingIsWritten() {
        BundleFixture broken = BundleFixture.copyOfDemo(folder)
                .replace("en/topics.yaml", "title: Low back pain", "title: Neck pain")
                .replace("en/findings.yaml", "      - mu-2020", "      - mu-2021");

        assertThatThrownBy(() -> reader.read(broken.root())).isInstanceOf(InvalidBundleException.class);
        assertThat(topics.findAll(Language.EN)).extracting(t -> t.title()).containsExactly("Low back pain");
    }

    /**
     * Sources, conditions, glossary terms and pages have no meaningful order in a bundle (the database returns them by
     * id, alphabetically or by slug); everything else keeps its authored order.
     */
    private static Bundle normalized(Bundle bundle) {
        List<Edition> editions = bundle.editions().stream().map(e -> new Edition(e.language(),
                e.conditions().stream().sorted(Comparator.comparing(c -> c.id())).toList(), e.treatments(),
                e.harms(), e.coverage(), e.findings(), e.guidelines(),
                e.glossary().stream().sorted(Comparator.comparing(Term::id)).toList(), e.topics(), e.articles(),
                e.pages().stream().sorted(Comparator.comparing(p -> p.id())).toList()))
                .toList();
        return new Bundle(bundle.format(), bundle.name(),
                bundle.sources().stream().sorted(Comparator.comparing(s -> s.id())).toList(), editions);
    }
}
