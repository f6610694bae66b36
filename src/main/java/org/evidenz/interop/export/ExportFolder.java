package org.evidenz.interop.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The folder an export is written to. Files go first into a hidden folder beside it, which becomes the target only
 * once everything is written: a failed export leaves no half site that someone could deploy, and the target must be
 * new or empty, so that no page of an earlier export (since unpublished, perhaps) survives in it. Every text file
 * gets a gzipped twin ({@code evidenz.css.gz}) for servers that send stored compressed files, such as nginx's
 * {@code gzip_static}.
 */
final class ExportFolder {

    /** Files a server would compress: everything textual we write. */
    private static final Set<String> TEXT = Set.of("html", "css", "js", "xml", "json", "svg", "txt", "atom");

    private final Path target;
    private final Path staging;
    private int files;
    private long bytes;

    private ExportFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    static ExportFolder create(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute) && !isEmptyDirectory(absolute)) {
                throw new ExportFailedException(absolute + " already exists and is not an empty folder. Export into"
                        + " a new folder: an old export in it might still hold pages that are no longer published.");
            }
            Files.createDirectories(absolute.getParent());
            Path staging = absolute.resolveSibling("." + absolute.getFileName() + ".partial-" + UUID.randomUUID());
            return new ExportFolder(absolute, Files.createDirectory(staging));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + absolute + ": " + e.getMessage(), e);
        }
    }

    /**
     * The file a static server answers a URL path from: {@code /en/low-back-pain} becomes
     * {@code en/low-back-pain/index.html}, {@code /en/} {@code en/index.html}; other files keep their name.
     */
    static String fileFor(String urlPath, boolean html) {
        String path = URI.create(urlPath).getPath();
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Not a path: " + urlPath);
        }
        String relative = path.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            return relative + "index.html";
        }
        return html && !relative.endsWith(".html") ? relative + "/index.html" : relative;
    }

    /** Writes one file (and its .gz when it is text) at a path relative to the export's root. */
    void write(String relative, byte[] content) {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging) || relative.contains("\\")) {
            throw new IllegalArgumentException("Not a file inside the export: " + relative);
        }
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                throw new IllegalStateException("Two addresses would share one file: " + relative);
            }
            store(file, content);
            if (TEXT.contains(extension(relative))) {
                store(file.resolveSibling(file.getFileName() + ".gz"), gzip(content));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + relative + ": " + e.getMessage(), e);
        }
    }

    private void store(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        files++;
        bytes += content.length;
    }

    /** Makes the export the target folder, all at once. */
    Path publish() {
        try {
            Files.deleteIfExists(target); // empty, as checked at the start
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the export to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Removes what a failed export wrote. */
    void discard() {
        try (Stream<Path> written = Files.walk(staging)) {
            written.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // What is left is hidden and named .partial; the failure the operator sees is the one that matters.
        }
    }

    int files() {
        return files;
    }

    long bytes() {
        return bytes;
    }

    /** The same bytes, gzipped at the highest level: the file is compressed once and served many times. */
    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 64);
        try (OutputStream gzip = new MaxLevelGzip(out)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final class MaxLevelGzip extends GZIPOutputStream {

        MaxLevelGzip(OutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot < name.lastIndexOf('/') ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isEmptyDirectory(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
