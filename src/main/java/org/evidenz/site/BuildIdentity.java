package org.evidenz.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * Names the running build, the same on every node that runs the same jar: the build's version and time from
 * {@code META-INF/build-info.properties}, else the time the jar (or, from an IDE, the newest compiled file) was
 * written. Part of every ETag, so a new release never answers 304 to a page the old one rendered, and two nodes of
 * one release send the same ETag for the same page. Never the process's start time, which differs per node.
 */
@Component
class BuildIdentity {

    private final String name;

    BuildIdentity(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        this.name = properties != null && properties.getTime() != null
                ? properties.getVersion() + "." + Long.toString(properties.getTime().toEpochMilli(), 36)
                : "c" + Long.toString(codeWritten(), 36);
    }

    String name() {
        return name;
    }

    private static long codeWritten() {
        CodeSource source = BuildIdentity.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return 0;
        }
        try {
            Path code = codePath(source);
            if (!Files.isDirectory(code)) {
                return Files.getLastModifiedTime(code).toMillis();
            }
            try (Stream<Path> files = Files.walk(code)) {
                return files.filter(Files::isRegularFile).map(BuildIdentity::written).max(FileTime::compareTo)
                        .map(FileTime::toMillis).orElse(0L);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read when the application's code was written", e);
        } catch (URISyntaxException e) {
            return 0;
        }
    }

    /** A packaged application's classes sit in its jar ({@code jar:nested:/path/app.jar/!BOOT-INF/classes/!/}). */
    private static Path codePath(CodeSource source) throws URISyntaxException {
        String location = source.getLocation().toString();
        if (location.startsWith("jar:nested:")) {
            int end = location.indexOf("/!");
            return Path.of(location.substring("jar:nested:".length(), end < 0 ? location.length() : end));
        }
        return Path.of(source.getLocation().toURI());
    }

    private static FileTime written(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
