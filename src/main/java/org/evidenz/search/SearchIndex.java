package org.evidenz.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The Lucene index of one language: written in full by {@link #rebuild}, read by {@link #search} and
 * {@link #suggest}. Thread-safe: searches see the last committed rebuild, never half of one.
 */
final class SearchIndex implements Closeable {

    static final String ID = "id";
    static final String TYPE = "type";
    static final String TOPIC = "topic";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String KEYWORDS = "keywords";
    static final String BODY = "body";
    static final String SPELL = "spell";
    static final String CONTEXT = "context";

    /** Titles and names weigh more than running text: a treatment called "Massage" beats a mention of massage. */
    private static final Map<String, Float> FIELD_BOOSTS = Map.of(TITLE, 3f, KEYWORDS, 2f, BODY, 1f);
    private static final int SNIPPET_LENGTH = 220;
    /** Matches are counted exactly up to this many; beyond, readers see "more than 1,000". */
    static final int EXACT_TOTALS = 1000;
    /** A full rebuild fits in memory before the first flush; fewer, larger segments are written. */
    private static final double RAM_BUFFER_MB = 128;
    /** Below this many documents a rebuild runs on one thread, so document order (and ties) stay reproducible. */
    private static final int PARALLEL_FROM = 2_000;
    /** How many leading results the phrase rescoring reorders. */
    private static final int RESCORED = 50;

    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        // Offsets let the highlighter mark matches without analysing the text again.
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    private final SearchAnalyzers analyzers;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Suggestions suggestions;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();

    SearchIndex(Directory directory, SearchAnalyzers analyzers) throws IOException {
        this.analyzers = analyzers;
        Analyzer perField = new PerFieldAnalyzerWrapper(analyzers.index(), Map.of(SPELL, analyzers.spelling()));
        this.writer = new IndexWriter(directory, new IndexWriterConfig(perField)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB));
        this.searchers = new SearcherManager(writer, null);
        this.suggestions = new Suggestions(analyzers.spelling());
        suggestions.rebuild(storedDocuments());
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
        try {
            writer.deleteAll();
            if (documents.size() < PARALLEL_FROM) {
                for (int i = 0; i < documents.size(); i++) {
                    writer.addDocument(toLucene(documents.get(i)));
                    progress.accept(i + 1);
                }
            } else {
                addInParallel(documents, progress);
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
            suggestions.rebuild(documents);
        } catch (IOException e) {
            throw new UncheckedIOException("Search index rebuild failed", e);
        }
    }

    /** Analysis is the cost of indexing, and the writer accepts documents from several threads at once. */
    private void addInParallel(List<SearchDocument> documents, IntConsumer progress) throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            List<java.util.concurrent.Future<?>> parts = new ArrayList<>();
            int size = (documents.size() + threads - 1) / threads;
            for (int from = 0; from < documents.size(); from += size) {
                List<SearchDocument> part = documents.subList(from, Math.min(documents.size(), from + size));
                parts.add(pool.submit(() -> {
                    for (SearchDocument document : part) {
                        writer.addDocument(toLucene(document));
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
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new StringField(TYPE, d.type().code(), Field.Store.YES));
        for (String topic : d.topicIds()) {
            doc.add(new StringField(TOPIC, topic, Field.Store.YES));
        }
        doc.add(new StoredField(URL, d.url()));
        doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
        doc.add(new TextField(KEYWORDS, d.keywords(), Field.Store.YES));
        doc.add(new Field(BODY, d.body(), BODY_TYPE));
        // "Did you mean" offers names: titles and the other names of things, not every word of running text.
        doc.add(new TextField(SPELL, d.title() + "\n" + d.keywords(), Field.Store.NO));
        if (d.context() != null) {
            doc.add(new StoredField(CONTEXT, d.context()));
        }
        doc.add(new SortedDocValuesField(TYPE, new BytesRef(d.type().code())));
        return doc;
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
        TextQuery text = textQuery(request.text(), searcher.getIndexReader());
        if (text == null) {
            return new SearchResults(request, List.of(), 0, false, Map.of(), null, true);
        }
        Query withTopic = filtered(text.match(), TOPIC, request.topicId());
        Query query = filtered(withTopic, TYPE, request.type() == null ? null : request.type().code());
        int wanted = request.page() * SearchRequest.PAGE_SIZE;
        // Ranking may skip documents that cannot reach the page; totals are exact up to EXACT_TOTALS only.
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(Math.max(wanted, RESCORED),
                EXACT_TOTALS));
        // Judged on the leading results only, where they can change the order readers see: words next to each
        // other in running text, and the type's prior. Clauses in the main query would slow every search down.
        if (text.phrase() != null) {
            top = QueryRescorer.rescore(searcher, top, text.phrase(), 2f, Math.max(wanted, RESCORED));
        }
        top = Priors.apply(searcher, top);
        boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
        // Counting per type needs every match; worth it only where the matches are few enough to count exactly.
        Map<SearchType, Long> counts = exact ? searcher.search(withTopic, new TypeCounts.Manager()) : Map.of();
        long total = !exact ? top.totalHits.value() : request.type() == null
                ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(request.type(), 0L);
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs,
                Math.min(top.scoreDocs.length, wanted - SearchRequest.PAGE_SIZE),
                Math.min(top.scoreDocs.length, wanted));
        List<SearchResults.Hit> hits = hits(searcher, text.match(), page);
        return new SearchResults(request, hits, total, !exact, counts, didYouMean(searcher, request.text()), false);
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        // Typo and prefix matching only concern names, and a snippet needs words, not exact phrases: leaving both
        // out of highlighting makes it several times cheaper.
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzers.index())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(100_000)
                .withHighlightPhrasesStrictly(false)
                .withHandleMultiTermQuery(false)
                .build();
        String[] snippets = page.length == 0 ? new String[0] : highlighter.highlight(BODY, query, pageDocs, 1);
        StoredFields stored = searcher.storedFields();
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(page[i].doc);
            String snippet = snippets[i] != null ? shorten(snippets[i]) : opening(doc.get(BODY));
            hits.add(new SearchResults.Hit(doc.get(ID), SearchType.fromCode(doc.get(TYPE)).orElseThrow(),
                    doc.get(URL), doc.get(TITLE), snippet, doc.get(CONTEXT), page[i].score));
        }
        return hits;
    }

    /** Highlighted passages can be whole paragraphs; keep the part around the first match. */
    private static String shorten(String highlighted) {
        if (highlighted.length() <= SNIPPET_LENGTH * 2) {
            return highlighted;
        }
        int mark = Math.max(0, highlighted.indexOf("<mark>"));
        int start = Math.max(0, highlighted.lastIndexOf(' ', Math.max(0, mark - 60)));
        int end = highlighted.indexOf(' ', Math.min(highlighted.length(), start + SNIPPET_LENGTH * 2));
        String cut = highlighted.substring(start, end < 0 ? highlighted.length() : end).strip();
        // Never cut inside a mark or an entity.
        if (cut.lastIndexOf("<mark>") > cut.lastIndexOf("</mark>")) {
            cut = cut + "</mark>";
        }
        cut = cut.replaceAll("&[a-zA-Z0-9#]*$", "");
        return (start > 0 ? "… " : "") + cut + (end > 0 && end < highlighted.length() ? " …" : "");
    }

    private static String opening(String body) {
        String text = body == null ? "" : body;
        if (text.length() > SNIPPET_LENGTH) {
            int end = text.lastIndexOf(' ', SNIPPET_LENGTH);
            text = text.substring(0, end > 0 ? end : SNIPPET_LENGTH) + " …";
        }
        return HtmlUtils.htmlEscape(text);
    }

    /**
     * The reader's words as a query: each field with its boost, synonyms in their canonical form, the words as a
     * phrase in titles boosted again (in running text: see {@link TextQuery#phrase()}), unknown words also as the
     * start of a name or with one or two typos. Null when nothing searchable is left.
     */
    TextQuery textQuery(String text, IndexReader reader) throws IOException {
        String cleaned = text.replace('"', ' ');
        List<String> words = tokens(analyzers.index(), BODY, cleaned);
        if (words.isEmpty()) {
            return null;
        }
        QueryBuilder builder = new QueryBuilder(analyzers.query());
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        FIELD_BOOSTS.forEach((field, boost) -> {
            Query matches = builder.createBooleanQuery(field, cleaned, Occur.SHOULD);
            if (matches != null) {
                query.add(new BoostQuery(matches, boost), Occur.SHOULD);
            }
        });
        Query bodyPhrase = null;
        if (words.size() > 1) {
            Query titlePhrase = builder.createPhraseQuery(TITLE, cleaned, 1);
            if (titlePhrase != null) {
                query.add(new BoostQuery(titlePhrase, 3f), Occur.SHOULD);
            }
            bodyPhrase = builder.createPhraseQuery(BODY, cleaned, 3);
        }
        for (String word : words.subList(0, Math.min(words.size(), 12))) {
            if (word.length() >= 4 && isUnknown(reader, word)) {
                // A word that matches nothing as typed is a fragment or a typo: "chiro" → "chiropractic",
                // "massge" → "massage". Looked for in names only; known words skip this costly step.
                query.add(new BoostQuery(new PrefixQuery(new Term(TITLE, word)), 1f), Occur.SHOULD);
                query.add(new BoostQuery(new PrefixQuery(new Term(KEYWORDS, word)), 0.8f), Occur.SHOULD);
                int edits = word.length() >= 8 ? 2 : 1;
                query.add(new BoostQuery(new FuzzyQuery(new Term(TITLE, word), edits, 1), 1.2f), Occur.SHOULD);
                query.add(new BoostQuery(new FuzzyQuery(new Term(KEYWORDS, word), edits, 1), 1f), Occur.SHOULD);
            }
        }
        return new TextQuery(query.build(), bodyPhrase);
    }

    /** What decides matches and first ranking, and the phrase that adds to the leading results (or null). */
    record TextQuery(Query match, Query phrase) {
    }

    private static boolean isUnknown(IndexReader reader, String word) throws IOException {
        return reader.docFreq(new Term(BODY, word)) == 0 && reader.docFreq(new Term(TITLE, word)) == 0
                && reader.docFreq(new Term(KEYWORDS, word)) == 0;
    }

    private static Query filtered(Query query, String field, String value) {
        if (value == null) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(new TermQuery(new Term(field, value)),
                Occur.FILTER).build();
    }

    /**
     * The query with each word that appears nowhere replaced by the likeliest known one, or null when every word
     * is known. Offered even when typo-tolerant matching already found results, so readers learn the spelling.
     */
    private String didYouMean(IndexSearcher searcher, String text) throws IOException {
        List<String> words = tokens(analyzers.spelling(), SPELL, text);
        boolean changed = false;
        List<String> corrected = new ArrayList<>();
        for (String word : words) {
            String better = word;
            if (word.length() >= 4 && searcher.getIndexReader().docFreq(new Term(SPELL, word)) == 0) {
                SuggestWord[] similar = spellChecker.suggestSimilar(new Term(SPELL, word), 1,
                        searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (similar.length > 0) {
                    better = similar[0].string;
                    changed = true;
                }
            }
            corrected.add(better);
        }
        return changed ? String.join(" ", corrected) : null;
    }

    List<Suggestion> suggest(String prefix, int limit) {
        return suggestions.lookup(prefix, limit);
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (var stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The documents of the last commit, read back, so that suggestions survive a restart without a rebuild. */
    private List<SearchDocument> storedDocuments() throws IOException {
        List<SearchDocument> documents = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            StoredFields stored = reader.storedFields();
            org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document d = stored.document(doc);
                documents.add(new SearchDocument(d.get(ID), SearchType.fromCode(d.get(TYPE)).orElseThrow(),
                        d.get(URL), d.get(TITLE), d.get(KEYWORDS), "", List.of(d.getValues(TOPIC)), d.get(CONTEXT)));
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
