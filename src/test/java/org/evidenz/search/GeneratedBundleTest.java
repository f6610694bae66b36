package org.evidenz.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.evidenz.bundle.Bundle;
import org.evidenz.bundle.BundleReader;
import org.evidenz.bundle.Edition;
import org.evidenz.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale benchmark's bundle is one the importer accepts: the demo plus the generated articles and topics. */
class GeneratedBundleTest {

    @TempDir
    Path folder;

    @Test
    void theGeneratedBundleIsValidAndHoldsTheDemoAndTheGeneratedArticles() throws IOException {
        Path out = folder.resolve("bundle");
        new GeneratedBundle(1).write(Path.of("src/main/resources/content"), out, 30);

        Bundle bundle = new BundleReader().read(out);

        Edition english = bundle.editions().stream().filter(e -> e.language() == Language.EN).findFirst()
                .orElseThrow();
        assertThat(english.articles()).hasSize(31);
        assertThat(english.topics()).hasSize(1 + GeneratedBundle.TOPICS);
        assertThat(english.articles()).filteredOn(a -> a.id().startsWith("generated-"))
                .allSatisfy(a -> assertThat(a.treatmentIds()).hasSizeBetween(3, 6));
    }
}
