package org.evidenz.search;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Counts matches per result type in one pass, from the type's doc values, without scoring anything. */
final class TypeCounts extends SimpleCollector {

    private final long[] counts = new long[SearchType.values().length];
    private SortedDocValues types;
    private SearchType[] byOrdinal;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        types = DocValues.getSorted(context.reader(), SearchFields.TYPE);
        byOrdinal = new SearchType[types.getValueCount()];
        for (int ord = 0; ord < byOrdinal.length; ord++) {
            byOrdinal[ord] = SearchType.fromCode(types.lookupOrd(ord).utf8ToString()).orElseThrow();
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        if (types.advanceExact(doc)) {
            counts[byOrdinal[types.ordValue()].ordinal()]++;
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    static final class Manager implements CollectorManager<TypeCounts, Map<SearchType, Long>> {

        @Override
        public TypeCounts newCollector() {
            return new TypeCounts();
        }

        @Override
        public Map<SearchType, Long> reduce(Collection<TypeCounts> collectors) {
            Map<SearchType, Long> total = new EnumMap<>(SearchType.class);
            for (TypeCounts collector : collectors) {
                for (SearchType type : SearchType.values()) {
                    long count = collector.counts[type.ordinal()];
                    if (count > 0) {
                        total.merge(type, count, Long::sum);
                    }
                }
            }
            return total;
        }
    }
}
