package org.evidenz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps the data directory ({@code evidenz.data-dir}) private to the account Evidenz runs as: the directory 0700,
 * the files in it 0600, as the key files already are. The embedded database holds editors' accounts and encrypted
 * reader feedback, the key files what decrypts it; with the usual umask H2 would create its file readable for every
 * user of the machine. The directory is made private before any bean exists, so before the database is opened; the
 * files that H2 and the key generators create while the application starts are tightened once it has started (no
 * one else could reach them meanwhile: the directory is already closed). Nothing happens on a file system without
 * POSIX permissions.
 */
@Component
class DataDirectory
        implements BeanFactoryPostProcessor, EnvironmentAware, ApplicationListener<ApplicationStartedEvent> {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private Path directory;

    @Override
    public void setEnvironment(Environment environment) {
        directory = Path.of(environment.getProperty("evidenz.data-dir", "./data"));
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        tighten();
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        tighten();
    }

    private void tighten() {
        try {
            Files.createDirectories(directory);
            if (Files.getFileAttributeView(directory, PosixFileAttributeView.class) == null) {
                return;
            }
            Files.setPosixFilePermissions(directory, DIRECTORY);
            try (Stream<Path> entries = Files.list(directory)) {
                for (Path file : entries.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    Files.setPosixFilePermissions(file, FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the data directory " + directory.toAbsolutePath()
                    + " private to this account (evidenz.data-dir)", e);
        }
    }
}
