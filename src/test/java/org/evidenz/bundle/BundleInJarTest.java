package org.evidenz.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged application reads its demo bundle from inside a jar, where folders list differently than on disk. */
class BundleInJarTest {

    @TempDir
    Path folder;

    @Test
    void demoBundleInsideAJarHasItsLanguageFolderAndArticles() throws IOException {
        Path jar = jarOfDemoBundle(folder.resolve("content.jar"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            BundleFiles files = BundleFiles.classpath("content", loader);

            assertThat(files.list("")).containsExactly("bundle.yaml", "de", "en", "images", "images.yaml",
                    "sources.yaml");
            assertThat(files.list("en/articles")).containsExactly("passive-treatments.md");
            assertThat(files.list("de/articles")).containsExactly("passive-treatments.md");
            Bundle bundle = new BundleReader().read(files);
            assertThat(bundle.editions()).hasSize(2)
                    .allSatisfy(edition -> assertThat(edition.articles()).hasSize(1));
            byte[] drawing = Files.readAllBytes(Path.of("src/main/resources/content/images/active-and-passive.png"));
            assertThat(bundle.pictures()).singleElement()
                    .satisfies(picture -> assertThat(picture.bytes()).isEqualTo(drawing));
        }
    }

    /** A jar laid out like the classpath of the packaged application, with folder entries as jar tools write them. */
    private static Path jarOfDemoBundle(Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
                Stream<Path> paths = Files.walk(BundleFixture.DEMO)) {
            for (Path path : paths.sorted().toList()) {
                String name = "content/" + BundleFixture.DEMO.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    zip.putNextEntry(new JarEntry(name.endsWith("/") ? name : name + "/"));
                } else {
                    zip.putNextEntry(new JarEntry(name));
                    Files.copy(path, zip);
                }
                zip.closeEntry();
            }
        }
        return jar;
    }

}
