package org.evidenz.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A key kept in a file of its own when none is configured (development, demo, a first start): one line of Base64,
 * the file readable and writable by its owner only from the moment it exists.
 */
public final class KeyFile {

    private static final Logger log = LoggerFactory.getLogger(KeyFile.class);

    private KeyFile() {
    }

    /** The Base64 key in {@code file}, or empty when there is no such file. */
    public static Optional<String> read(Path file) throws IOException {
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip())
                : Optional.empty();
    }

    /** Writes a new random key of {@value SymmetricKey#KEY_BYTES} bytes into {@code file}, which must not exist. */
    public static String create(Path file) throws IOException {
        String base64 = Base64.getEncoder().encodeToString(SymmetricKey.randomBytes(SymmetricKey.KEY_BYTES));
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            // created with its permissions, so the key is never readable by others, not even for a moment
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
            log.warn("Could not restrict the permissions of {}", file);
        }
        Files.writeString(file, base64 + "\n", StandardCharsets.US_ASCII);
        return base64;
    }
}
