package org.evidenz.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Suggestions as a reader types: titles and the other names of things (aliases, lay names, word forms), matched
 * at the start of any word, so "manip" offers "spinal manipulation". Kept in memory, rebuilt with the index.
 */
final class Suggestions implements Closeable {

    private static final int MIN_PREFIX = 2;

    private final AnalyzingInfixSuggester suggester;

    Suggestions(Analyzer analyzer) throws IOException {
        this.suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), analyzer, analyzer, MIN_PREFIX,
                false);
    }

    synchronized void rebuild(List<SearchDocument> documents) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (SearchDocument d : documents) {
            if (d.type() == SearchType.SECTION) {
                continue;
            }
            long weight = switch (d.type()) {
                case TREATMENT -> 50;
                case ARTICLE, CONDITION -> 40;
                case TERM -> 30;
                case SECTION -> 10;
            };
            entries.add(new Entry(d.title(), d, weight));
            for (String other : d.keywords().split("\n")) {
                if (!other.isBlank() && !other.equalsIgnoreCase(d.title())) {
                    entries.add(new Entry(other.strip(), d, weight - 5));
                }
            }
        }
        suggester.build(new Entries(entries));
    }

    List<Suggestion> lookup(String prefix, int limit) {
        String text = prefix == null ? "" : prefix.strip();
        if (text.length() < MIN_PREFIX) {
            return List.of();
        }
        try {
            if (suggester.getCount() == 0) {
                return List.of();
            }
            Map<String, Suggestion> byUrl = new LinkedHashMap<>();
            for (Lookup.LookupResult result : suggester.lookup(text.length() > 60 ? text.substring(0, 60) : text,
                    limit * 3, true, false)) {
                String[] payload = result.payload.utf8ToString().split("\n", 3);
                SearchType type = SearchType.fromCode(payload[0]).orElseThrow();
                byUrl.putIfAbsent(payload[1], new Suggestion(result.key.toString(), payload[2], payload[1], type));
                if (byUrl.size() == limit) {
                    break;
                }
            }
            return List.copyOf(byUrl.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException notBuilt) {
            return List.of();
        }
    }

    @Override
    public void close() throws IOException {
        suggester.close();
    }

    private record Entry(String text, SearchDocument document, long weight) {
    }

    private static final class Entries implements InputIterator {

        private final Iterator<Entry> entries;
        private Entry current;

        Entries(List<Entry> entries) {
            this.entries = entries.iterator();
        }

        @Override
        public BytesRef next() {
            if (!entries.hasNext()) {
                return null;
            }
            current = entries.next();
            return new BytesRef(current.text());
        }

        @Override
        public long weight() {
            return current.weight();
        }

        @Override
        public BytesRef payload() {
            SearchDocument d = current.document();
            return new BytesRef((d.type().code() + "\n" + d.url() + "\n" + d.title()).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
