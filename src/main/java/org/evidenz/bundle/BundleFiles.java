package org.evidenz.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The files of a bundle, read from a folder or from the classpath (the demo bundle inside the jar). */
interface BundleFiles {

    /** The text of a file, by its path inside the bundle ({@code en/treatments.yaml}); empty when absent. */
    Optional<String> read(String path);

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
        String base = location.endsWith("/") ? location : location + "/";
        var resolver = new PathMatchingResourcePatternResolver(BundleFiles.class.getClassLoader());
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
            public List<String> list(String folder) {
                String prefix = base + (folder.isEmpty() ? "" : folder + "/");
                try {
                    List<String> names = new ArrayList<>();
                    for (Resource resource : resolver.getResources("classpath*:" + prefix + "*")) {
                        String name = resource.getFilename();
                        if (name == null || name.isEmpty()) {
                            // A folder inside a jar has a trailing slash and no file name.
                            String url = resource.getURL().toString();
                            String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
                            name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
                        }
                        if (!names.contains(name)) {
                            names.add(name);
                        }
                    }
                    return names.stream().sorted().toList();
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
