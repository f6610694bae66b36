package org.evidenz.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.evidenz.bundle.Bundle;
import org.evidenz.bundle.BundleReader;
import org.evidenz.bundle.BundleWriter;
import org.evidenz.bundle.InvalidBundleException;
import org.evidenz.editorial.importing.ContentExport;
import org.evidenz.editorial.importing.ContentImport;
import org.evidenz.shared.Language;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.evidenz.support.TestPictures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pictures travel in bundles: export writes each one's largest file beside {@code images.yaml}, import reads them
 * back, checked like uploads, with everything said about them; a bundle with a bad picture changes nothing.
 */
@EditorialTest
class PicturesInBundlesTest {

    @Autowired
    Editorial editorial;
    @Autowired
    Pictures pictures;
    @Autowired
    ContentExport exporter;
    @Autowired
    ContentImport importer;
    @Autowired
    BundleWriter writer;
    @Autowired
    BundleReader reader;
    @TempDir
    Path folder;

    @BeforeEach
    void reset() {
        editorial.resetContent();
    }

    @Test
    void anExportedPictureComesBackOnImportWithItsFileAndEverythingSaidAboutIt() throws IOException {
        pictures.upload(new PictureDetails("round-trip", false, "Someone Else", "CC BY-SA 4.0", Map.of(
                Language.EN, new PictureText("Two shapes", "A caption"),
                Language.DE, new PictureText("Zwei Formen", ""))), TestPictures.png(2000, 1000), "test");
        Picture before = pictures.find("round-trip").orElseThrow();

        writer.write(exporter.export("Backup"), folder);
        assertThat(folder.resolve("images/round-trip.png")).exists();
        assertThat(folder.resolve("images.yaml")).content().contains("- id: round-trip",
                "file: images/round-trip.png", "credit: Someone Else", "licence: CC BY-SA 4.0",
                "alt-en: Two shapes", "caption-en: A caption", "alt-de: Zwei Formen");

        pictures.replaceAll(java.util.List.of(), "test");
        assertThat(pictures.find("round-trip")).isEmpty();
        Bundle bundle = reader.read(folder);
        importer.replaceAll(bundle, "test");

        Picture after = pictures.find("round-trip").orElseThrow();
        assertThat(after.texts()).isEqualTo(before.texts());
        assertThat(after.credit()).isEqualTo("Someone Else");
        assertThat(after.licence()).isEqualTo("CC BY-SA 4.0");
        assertThat(after.files()).extracting(PictureFile::width).containsExactly(480, 960, 1600);
        assertThat(after.largest().name()).as("PNG is lossless: the same pixels, the same file")
                .isEqualTo(before.largest().name());
    }

    @Test
    void anArticlesLeadImageTravelsWithTheBundleAndIsShownAtTheTop() throws IOException {
        writer.write(exporter.export("Backup"), folder);
        Path article = folder.resolve("en/articles/passive-treatments.md");
        Files.writeString(article, Files.readString(article).replaceFirst("\nslug: ",
                "\nlead-image: active-and-passive\nslug: "));
        importer.replaceAll(reader.read(folder), "test");

        Path again = folder.resolve("again");
        writer.write(exporter.export("Backup"), again);
        assertThat(again.resolve("en/articles/passive-treatments.md")).content()
                .contains("lead-image: active-and-passive");
        assertThat(again.resolve("de/articles/passive-treatments.md")).content().doesNotContain("lead-image");
    }

    @Test
    void aBundleWhosePictureIsNotAPictureIsRefusedAndChangesNothing() throws IOException {
        writer.write(exporter.export("Backup"), folder);
        Files.createDirectories(folder.resolve("images"));
        Files.writeString(folder.resolve("images/fake.png"), "not a picture");
        Files.writeString(folder.resolve("images.yaml"), "images:\n  - id: fake\n    file: images/fake.png\n"
                + "    credit: Evidenz\n    licence: own work\n    alt-en: Fake\n");
        long before = pictures.count();
        Bundle bundle = reader.read(folder);

        assertThatThrownBy(() -> importer.replaceAll(bundle, "test")).isInstanceOf(InvalidBundleException.class)
                .hasMessageContaining("images/fake.png").hasMessageContaining("not a JPEG, PNG or WebP picture");
        assertThat(pictures.count()).isEqualTo(before);
        assertThat(pictures.find("fake")).isEmpty();
    }

    @Test
    void aBundlePictureWithoutAltTextOrFileIsRefusedByTheReaderWithItsField() throws IOException {
        writer.write(exporter.export("Backup"), folder);
        Files.writeString(folder.resolve("images.yaml"), "images:\n  - id: nothing\n    file: images/missing.png\n"
                + "    credit: Evidenz\n    licence: own work\n");

        assertThatThrownBy(() -> reader.read(folder)).isInstanceOf(InvalidBundleException.class)
                .hasMessageContaining("there is no file images/missing.png in the bundle")
                .hasMessageContaining("a picture needs an alt text in at least one language");
    }
}
