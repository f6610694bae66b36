package org.evidenz.search;

import static org.evidenz.search.SearchFields.BODY;
import static org.evidenz.search.SearchFields.KEYWORDS;
import static org.evidenz.search.SearchFields.TITLE;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * A reader's words as Lucene queries: what decides matches and first ranking, and the phrase that adds to the
 * leading results (or null).
 */
record TextQuery(Query match, Query phrase) {

    /** Titles and names weigh more than running text: a treatment called "Massage" beats a mention of massage. */
    private static final Map<String, Float> FIELD_BOOSTS = Map.of(TITLE, 3f, KEYWORDS, 2f, BODY, 1f);

    /**
     * The reader's words as a query: each field with its boost, synonyms in their canonical form, the words as a
     * phrase in titles boosted again (in running text: see {@link #phrase()}), unknown words also as the start of
     * a name or with one or two typos. Null when nothing searchable is left.
     */
    static TextQuery of(String text, SearchAnalyzers analyzers, IndexReader reader) throws IOException {
        String cleaned = text.replace('"', ' ');
        List<String> words = SearchAnalyzers.tokens(analyzers.index(), BODY, cleaned);
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

    /** The query narrowed to documents whose {@code field} holds {@code value}; unchanged when the value is null. */
    static Query filtered(Query query, String field, String value) {
        if (value == null) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(new TermQuery(new Term(field, value)),
                Occur.FILTER).build();
    }

    private static boolean isUnknown(IndexReader reader, String word) throws IOException {
        return reader.docFreq(new Term(BODY, word)) == 0 && reader.docFreq(new Term(TITLE, word)) == 0
                && reader.docFreq(new Term(KEYWORDS, word)) == 0;
    }
}
