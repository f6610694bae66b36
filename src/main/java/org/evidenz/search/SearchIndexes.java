package org.evidenz.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.evidenz.shared.Language;
import org.evidenz.site.ContentArrived;
import org.evidenz.site.ContentVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * One index per language, kept in step with published content: rebuilt whenever content changes (here or on
 * another node), and at start when it is missing, unreadable or built from other content. The index is derived
 * data; the database is the truth.
 */
@Component
@Order(3)
class SearchIndexes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    private final SearchDocuments documents;
    private final Map<Language, SearchIndex> indexes = new EnumMap<>(Language.class);
    private final Set<Language> needRebuild = EnumSet.noneOf(Language.class);
    private final LongSupplier contentVersion;

    /** Without a database: every index counts as built from the content there is (version 0). */
    SearchIndexes(SearchProperties properties, SearchDocuments documents) {
        this(properties, documents, () -> 0);
    }

    @Autowired
    SearchIndexes(SearchProperties properties, SearchDocuments documents, ContentVersion contentVersion) {
        this(properties, documents, contentVersion::current);
    }

    SearchIndexes(SearchProperties properties, SearchDocuments documents, LongSupplier contentVersion) {
        this.documents = documents;
        this.contentVersion = contentVersion;
        for (Language language : Language.values()) {
            Path folder = properties.indexDir().resolve(language.code());
            indexes.put(language, open(language, folder));
        }
    }

    private SearchIndex open(Language language, Path folder) {
        try {
            Files.createDirectories(folder);
            Directory directory = FSDirectory.open(folder);
            boolean exists = DirectoryReader.indexExists(directory);
            if (exists && !readable(directory)) {
                log.warn("The {} search index in {} is unreadable; it will be rebuilt", language, folder);
                directory.close();
                wipe(folder);
                directory = FSDirectory.open(folder);
                exists = false;
            }
            if (!exists) {
                needRebuild.add(language);
            }
            return new SearchIndex(directory, SearchAnalyzers.of(language));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + folder, e);
        }
    }

    private static boolean readable(Directory directory) {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs() >= 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void wipe(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(folder)) {
                    Files.delete(file);
                }
            }
        }
    }

    /**
     * At start: rebuild what is missing or corrupt, or was built from another content version than the database
     * holds (content changed while this node was down). Content loaded at start has already rebuilt its language.
     */
    @Override
    public void run(ApplicationArguments args) {
        long current = contentVersion.getAsLong();
        for (Language language : Language.values()) {
            if (needRebuild.contains(language) || indexes.get(language).contentVersion() != current) {
                rebuild(language, count -> { });
            }
        }
    }

    /**
     * Before the {@link ContentVersion} moves on, for a change made here or on another node: a search answered under
     * the new version uses the new index.
     */
    @EventListener
    void on(ContentArrived event) {
        event.languages().forEach(language -> rebuild(language, count -> { }, event.version()));
    }

    /** Rebuilds one language from the database; {@code progress} hears how many documents are written. */
    synchronized int rebuild(Language language, IntConsumer progress) {
        return rebuild(language, progress, contentVersion.getAsLong());
    }

    /**
     * The index records {@code version}, read before its documents: it holds that content or newer. One rebuild at
     * a time, so one at start and one catching up with a change cannot commit older documents over newer ones.
     */
    private synchronized int rebuild(Language language, IntConsumer progress, long version) {
        List<SearchDocument> all = documents.of(language);
        long started = System.nanoTime();
        indexes.get(language).rebuild(all, progress, version);
        needRebuild.remove(language);
        log.info("Search index {}: {} documents in {} ms", language, all.size(),
                (System.nanoTime() - started) / 1_000_000);
        return all.size();
    }

    /** How many documents a rebuild of this language will write. */
    int documentCount(Language language) {
        return documents.of(language).size();
    }

    SearchIndex get(Language language) {
        return indexes.get(language);
    }

    @PreDestroy
    void close() {
        for (SearchIndex index : indexes.values()) {
            try {
                index.close();
            } catch (IOException e) {
                log.warn("Closing a search index failed", e);
            }
        }
    }
}
