package org.evidenz.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/** "Did you mean": the reader's words with each unknown one replaced by the likeliest name in the index. */
final class DidYouMean {

    private final Analyzer spelling;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();

    DidYouMean(Analyzer spelling) {
        this.spelling = spelling;
    }

    /**
     * The query with each word that appears nowhere replaced by the likeliest known one, or null when every word
     * is known. Offered even when typo-tolerant matching already found results, so readers learn the spelling.
     */
    String correct(IndexReader reader, String text) throws IOException {
        List<String> words = SearchAnalyzers.tokens(spelling, SearchFields.SPELL, text);
        boolean changed = false;
        List<String> corrected = new ArrayList<>();
        for (String word : words) {
            String better = word;
            if (word.length() >= 4 && reader.docFreq(new Term(SearchFields.SPELL, word)) == 0) {
                SuggestWord[] similar = spellChecker.suggestSimilar(new Term(SearchFields.SPELL, word), 1, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (similar.length > 0) {
                    better = similar[0].string;
                    changed = true;
                }
            }
            corrected.add(better);
        }
        return changed ? String.join(" ", corrected) : null;
    }
}
