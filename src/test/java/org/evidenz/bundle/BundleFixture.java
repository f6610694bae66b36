package org.evidenz.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A copy of the demo bundle in a temporary folder, to break on purpose. Every edit checks that the text it
 * replaces exists, so a test cannot pass because its edit silently missed.
 */
public final class BundleFixture {

    public static final Path DEMO = Path.of("src/main/resources/content");

    private final Path root;

    private BundleFixture(Path root) {
        this.root = root;
    }

    public static BundleFixture copyOfDemo(Path target) {
        try (Stream<Path> files = Files.walk(DEMO)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(DEMO.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BundleFixture(target);
    }

    public Path root() {
        return root;
    }

    /** Replaces the first occurrence of {@code from}. */
    public BundleFixture replace(String file, String from, String to) {
        String text = read(file);
        assertThat(text).as("%s contains the text to replace", file).contains(from);
        int at = text.indexOf(from);
        write(file, text.substring(0, at) + to + text.substring(at + from.length()));
        return this;
    }

    /** The 1-based line of the first occurrence of {@code text} in a file. */
    public int lineOf(String file, String text) {
        String content = read(file);
        int at = content.indexOf(text);
        assertThat(at).as("%s contains %s", file, text).isNotNegative();
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    public String read(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BundleFixture write(String file, String text) {
        try {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
