package org.evidenz.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * How much a result of each type is worth when the words match equally well: readers asking about a treatment
 * want the treatment, not the definition of a word in their question. Applied to the leading results only.
 */
final class TypePriors {

    private TypePriors() {
    }

    static float of(SearchType type) {
        return switch (type) {
            case TREATMENT -> 1.4f;
            case ARTICLE -> 1.2f;
            case SECTION, CONDITION -> 1.0f;
            case TERM -> 0.8f;
        };
    }

    /** The same results with each score multiplied by its type's prior, best first. */
    static TopDocs apply(IndexSearcher searcher, TopDocs top) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] weighted = new ScoreDoc[top.scoreDocs.length];
        for (int i = 0; i < weighted.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            SortedDocValues types = DocValues.getSorted(leaf.reader(), SearchFields.TYPE);
            float prior = 1f;
            if (types.advanceExact(hit.doc - leaf.docBase)) {
                prior = of(SearchType.fromCode(types.lookupOrd(types.ordValue()).utf8ToString()).orElseThrow());
            }
            weighted[i] = new ScoreDoc(hit.doc, hit.score * prior, hit.shardIndex);
        }
        Arrays.sort(weighted, Comparator.comparing((ScoreDoc d) -> d.score).reversed()
                .thenComparingInt(d -> d.doc));
        return new TopDocs(top.totalHits, weighted);
    }
}
