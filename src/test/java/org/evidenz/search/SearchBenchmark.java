package org.evidenz.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.store.FSDirectory;
import org.evidenz.shared.Language;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Search speed on a generated corpus of 10,000 articles (70,000 documents): how fast the index is built, and query
 * latency percentiles with one and two threads. Run with {@code scripts/benchmark-search.sh}; figures in
 * docs/performance.md.
 */
@State(Scope.Benchmark)
public class SearchBenchmark {

    @Param("10000")
    int articles;

    private Path folder;
    private SearchIndex index;
    private List<SearchDocument> documents;
    private List<String> queries;
    private final AtomicInteger next = new AtomicInteger();

    @Setup(Level.Trial)
    public void buildCorpusAndIndex() throws IOException {
        GeneratedCorpus corpus = new GeneratedCorpus(20261123L);
        documents = corpus.articles(articles);
        queries = corpus.queries(1000);
        folder = Files.createTempDirectory("evidenz-search-benchmark");
        index = new SearchIndex(FSDirectory.open(folder), SearchAnalyzers.of(Language.EN));
        index.rebuild(documents, count -> { });
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        index.close();
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Latency of one search from the reader's words to a rendered-ready page of ten highlighted results. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SearchResults search() {
        String query = queries.get(Math.floorMod(next.getAndIncrement(), queries.size()));
        return index.search(SearchRequest.of(query));
    }

    /** A full rebuild of all 10,000 articles; divide the article count by the time for the build rate. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int rebuild() {
        index.rebuild(documents, count -> { });
        return index.size();
    }
}
