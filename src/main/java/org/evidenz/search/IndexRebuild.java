package org.evidenz.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.apache.lucene.index.IndexWriter;

/** Writes a whole set of documents into an emptied index writer; the caller commits. */
final class IndexRebuild {

    /** Below this many documents a rebuild runs on one thread, so document order (and ties) stay reproducible. */
    private static final int PARALLEL_FROM = 2_000;

    private IndexRebuild() {
    }

    /** Replaces what the writer holds with these documents; {@code progress} hears how many are written. */
    static void write(IndexWriter writer, List<SearchDocument> documents, IntConsumer progress) throws IOException {
        writer.deleteAll();
        if (documents.size() < PARALLEL_FROM) {
            for (int i = 0; i < documents.size(); i++) {
                writer.addDocument(SearchFields.toLucene(documents.get(i)));
                progress.accept(i + 1);
            }
        } else {
            writeInParallel(writer, documents, progress);
        }
    }

    /** Analysis is the cost of indexing, and the writer accepts documents from several threads at once. */
    private static void writeInParallel(IndexWriter writer, List<SearchDocument> documents, IntConsumer progress)
            throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        AtomicInteger written = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> parts = new ArrayList<>();
            int size = (documents.size() + threads - 1) / threads;
            for (int from = 0; from < documents.size(); from += size) {
                List<SearchDocument> part = documents.subList(from, Math.min(documents.size(), from + size));
                parts.add(pool.submit(() -> {
                    for (SearchDocument document : part) {
                        writer.addDocument(SearchFields.toLucene(document));
                        int done = written.incrementAndGet();
                        synchronized (progress) {
                            progress.accept(done);
                        }
                    }
                    return null;
                }));
            }
            for (var part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while indexing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }
}
