package org.evidenz.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The files of a bundle, read from a folder or from the classpath (the demo bundle inside the jar). */
interface BundleFiles {

    /** The text of a file, by its path inside the bundle ({@code en/treatments.yaml}); empty when absent. */
    Optional<String> read(String path);

    /** The bytes of a file (a picture), by its path inside the bundle; empty when absent. */
    Optional<byte[]> readBytes(String path);

    /** The names of the entries directly inside a folder of the bundle ({@code ""} for the top), sorted. */
    List<String> list(String folder);

    /** A description for messages, e.g. the folder's path. */
    String describe();

    static BundleFiles folder(Path root) {
        return new BundleFiles() {
            @Override
            public Optional<String> read(String path) {
                Path file = root.resolve(path);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + file, e);
                }
            }

            @Override
            public Optional<byte[]> readBytes(String path) {
                Path file = root.resolve(path);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + file, e);
                }
            }

            @Override
            public List<String> list(String folder) {
                Path dir = folder.isEmpty() ? root : root.resolve(folder);
                if (!Files.isDirectory(dir)) {
                    return List.of();
                }
                try (Stream<Path> entries = Files.list(dir)) {
                    return entries.map(p -> p.getFileName().toString()).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + dir, e);
                }
            }

            @Override
            public String describe() {
                return root.toAbsolutePath().toString();
            }
        };
    }

    /** A bundle on the classpath, e.g. {@code content} for {@code src/main/resources/content/}. */
    static BundleFiles classpath(String location) {
        return classpath(location, BundleFiles.class.getClassLoader());
    }

    static BundleFiles classpath(String location, ClassLoader classLoader) {
        String base = location.endsWith("/") ? location : location + "/";
        var resolver = new PathMatchingResourcePatternResolver(classLoader);
        return new BundleFiles() {
            @Override
            public Optional<String> read(String path) {
                Resource resource = resolver.getResource("classpath:" + base + path);
                if (!resource.exists()) {
                    return Optional.empty();
                }
                try (InputStream in = resource.getInputStream()) {
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read classpath:" + base + path, e);
                }
            }

            @Override
            public Optional<byte[]> readBytes(String path) {
                Resource resource = resolver.getResource("classpath:" + base + path);
                if (!resource.exists()) {
                    return Optional.empty();
                }
                try (InputStream in = resource.getInputStream()) {
                    return Optional.of(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read classpath:" + base + path, e);
                }
            }

            /**
             * Lists by walking every resource below the folder: a jar (the packaged application) does not reliably
             * list its folder entries, but it does list the files inside them.
             */
            @Override
            public List<String> list(String folder) {
                String prefix = base + (folder.isEmpty() ? "" : folder + "/");
                try {
                    Set<String> names = new TreeSet<>();
                    for (Resource resource : resolver.getResources("classpath*:" + prefix + "**/*")) {
                        String url = resource.getURL().toString();
                        int at = url.lastIndexOf(prefix);
                        String rest = at < 0 ? "" : url.substring(at + prefix.length());
                        String first = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
                        if (!first.isEmpty()) {
                            names.add(first);
                        }
                    }
                    return List.copyOf(names);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list classpath:" + prefix, e);
                }
            }

            @Override
            public String describe() {
                return "classpath:" + base;
            }
        };
    }
}
