package org.evidenz.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * The Lucene index of one language: written in full by {@link #rebuild}, read by {@link #search} and
 * {@link #suggest}. Thread-safe: searches see the last committed rebuild, never half of one. The fields are
 * {@link SearchFields}', the query is a {@link TextQuery}, excerpts come from {@link Snippets}.
 */
final class SearchIndex implements Closeable {

    /** Matches are counted exactly up to this many; beyond, readers see "more than 1,000". */
    static final int EXACT_TOTALS = 1000;
    /** A full rebuild fits in memory before the first flush; fewer, larger segments are written. */
    private static final double RAM_BUFFER_MB = 128;
    /** How many leading results the phrase rescoring reorders. */
    private static final int RESCORED = 50;
    /** The commit's user data: which content version the index was built from. */
    private static final String CONTENT_VERSION = "evidenz.content-version";

    private final SearchAnalyzers analyzers;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Suggestions suggestions;
    private final Snippets snippets;
    private final DidYouMean didYouMean;

    SearchIndex(Directory directory, SearchAnalyzers analyzers) throws IOException {
        this.analyzers = analyzers;
        Analyzer perField = new PerFieldAnalyzerWrapper(analyzers.index(),
                Map.of(SearchFields.SPELL, analyzers.spelling()));
        this.writer = new IndexWriter(directory, new IndexWriterConfig(perField)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB));
        this.searchers = new SearcherManager(writer, null);
        this.snippets = new Snippets(analyzers.index());
        this.didYouMean = new DidYouMean(analyzers.spelling());
        this.suggestions = new Suggestions(analyzers.spelling());
        suggestions.rebuild(storedDocuments());
    }

    /** The content version the last committed rebuild recorded; -1 when none did. */
    synchronized long contentVersion() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (CONTENT_VERSION.equals(entry.getKey())) {
                    return Long.parseLong(entry.getValue());
                }
            }
        }
        return -1;
    }

    boolean isEmpty() {
        return writer.getDocStats().numDocs == 0;
    }

    int size() {
        return writer.getDocStats().numDocs;
    }

    /**
     * Replaces the whole index with these documents; searches keep seeing the old index until the new one is
     * committed. {@code progress} hears the number of documents written so far.
     */
    synchronized void rebuild(List<SearchDocument> documents, IntConsumer progress) {
        rebuild(documents, progress, -1);
    }

    /** As {@link #rebuild(List, IntConsumer)}, and the commit records the content version it was built from. */
    synchronized void rebuild(List<SearchDocument> documents, IntConsumer progress, long contentVersion) {
        try {
            IndexRebuild.write(writer, documents, progress);
            writer.setLiveCommitData(Map.of(CONTENT_VERSION, Long.toString(contentVersion)).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            suggestions.rebuild(documents);
        } catch (IOException e) {
            throw new UncheckedIOException("Search index rebuild failed", e);
        }
    }

    SearchResults search(SearchRequest request) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, request);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }

    private SearchResults search(IndexSearcher searcher, SearchRequest request) throws IOException {
        TextQuery text = TextQuery.of(request.text(), analyzers, searcher.getIndexReader());
        if (text == null) {
            return new SearchResults(request, List.of(), 0, false, Map.of(), null, true);
        }
        Query withTopic = TextQuery.filtered(text.match(), SearchFields.TOPIC, request.topicId());
        Query query = TextQuery.filtered(withTopic, SearchFields.TYPE,
                request.type() == null ? null : request.type().code());
        int wanted = request.page() * SearchRequest.PAGE_SIZE;
        // Ranking may skip documents that cannot reach the page; totals are exact up to EXACT_TOTALS only.
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(Math.max(wanted, RESCORED),
                EXACT_TOTALS));
        // Judged on the leading results only, where they can change the order readers see: words next to each
        // other in running text, and the type's prior. Clauses in the main query would slow every search down.
        if (text.phrase() != null) {
            top = QueryRescorer.rescore(searcher, top, text.phrase(), 2f, Math.max(wanted, RESCORED));
        }
        top = TypePriors.apply(searcher, top);
        boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
        // Counting per type needs every match; worth it only where the matches are few enough to count exactly.
        Map<SearchType, Long> counts = exact ? searcher.search(withTopic, new TypeCounts.Manager()) : Map.of();
        long total = !exact ? top.totalHits.value() : request.type() == null
                ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(request.type(), 0L);
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs,
                Math.min(top.scoreDocs.length, wanted - SearchRequest.PAGE_SIZE),
                Math.min(top.scoreDocs.length, wanted));
        List<SearchResults.Hit> hits = hits(searcher, text.match(), page);
        return new SearchResults(request, hits, total, !exact, counts,
                didYouMean.correct(searcher.getIndexReader(), request.text()), false);
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        String[] highlighted = snippets.highlight(searcher, query, page);
        StoredFields stored = searcher.storedFields();
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(page[i].doc);
            hits.add(new SearchResults.Hit(doc.get(SearchFields.ID), SearchFields.type(doc),
                    doc.get(SearchFields.URL), doc.get(SearchFields.TITLE),
                    Snippets.of(highlighted[i], doc.get(SearchFields.BODY)), doc.get(SearchFields.CONTEXT),
                    page[i].score));
        }
        return hits;
    }

    List<Suggestion> suggest(String prefix, int limit) {
        return suggestions.lookup(prefix, limit);
    }

    /** The documents of the last commit, read back, so that suggestions survive a restart without a rebuild. */
    private List<SearchDocument> storedDocuments() throws IOException {
        List<SearchDocument> documents = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            StoredFields stored = reader.storedFields();
            Bits live = MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    documents.add(SearchFields.withoutBody(stored.document(doc)));
                }
            }
        }
        return documents;
    }

    @Override
    public void close() throws IOException {
        suggestions.close();
        searchers.close();
        writer.close();
    }
}
