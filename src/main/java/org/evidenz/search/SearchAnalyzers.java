package org.evidenz.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.evidenz.shared.Language;

/**
 * The text analysis of one language: tokens, lower case, synonyms replaced by the first word of their line (so a
 * reader's "lumbago" and a page's "low back pain" both become "back pain"), stop words out, stems (English KStem;
 * German light stemming after splitting compounds into known parts, so that "Schmerz" is found inside
 * "Rückenschmerzen"). Documents and queries go through the same chain; replacing rather than adding synonyms keeps
 * a concept with many names from outweighing the other words of a query. {@link #spelling()} keeps words as typed,
 * for "did you mean".
 */
final class SearchAnalyzers {

    /**
     * Lucene's English stop words and the words of a question ("does", "how", "my"), which readers type but which
     * say nothing about what they look for.
     */
    static final CharArraySet ENGLISH_STOP_WORDS = stopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            "do", "does", "did", "can", "could", "should", "would", "what", "how", "why", "when", "where", "which",
            "who", "my", "me", "i", "you", "your", "am", "has", "have", "had");

    private final Analyzer index;
    private final Analyzer query;
    private final Analyzer spelling;

    private SearchAnalyzers(Analyzer index, Analyzer query, Analyzer spelling) {
        this.index = index;
        this.query = query;
        this.spelling = spelling;
    }

    static SearchAnalyzers of(Language language) {
        SynonymMap synonyms = synonyms(language);
        return switch (language) {
            case EN -> new SearchAnalyzers(english(synonyms, true), english(synonyms, false), plain());
            case DE -> {
                CharArraySet parts = wordList("search/compound-parts-de.txt");
                yield new SearchAnalyzers(german(parts, synonyms, true), german(parts, synonyms, false), plain());
            }
        };
    }

    Analyzer index() {
        return index;
    }

    Analyzer query() {
        return query;
    }

    Analyzer spelling() {
        return spelling;
    }

    /** The terms {@code analyzer} makes of {@code text} in {@code field}, in order. */
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

    /** @param indexing an index holds no token graphs: multi-word synonyms are flattened there */
    private static Analyzer english(SynonymMap synonyms, boolean indexing) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = synonyms(new LowerCaseFilter(stream), synonyms, indexing);
                stream = new StopFilter(stream, ENGLISH_STOP_WORDS);
                stream = new KStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static Analyzer german(CharArraySet compoundParts, SynonymMap synonyms, boolean indexing) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = synonyms(new LowerCaseFilter(source), synonyms, indexing);
                stream = new DictionaryCompoundWordTokenFilter(stream, compoundParts, 8, 3, 15, false);
                stream = new StopFilter(stream, GermanAnalyzer.getDefaultStopSet());
                stream = new GermanNormalizationFilter(stream);
                stream = new GermanLightStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static TokenStream synonyms(TokenStream stream, SynonymMap synonyms, boolean indexing) {
        TokenStream replaced = new SynonymGraphFilter(stream, synonyms, true);
        return indexing ? new FlattenGraphFilter(replaced) : replaced;
    }

    /** Words as typed (lower case, accents kept): what "did you mean" offers back. */
    private static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    /** Synonyms are parsed with the spelling analyzer: entries are matched on lower-case words, before stemming. */
    private static SynonymMap synonyms(Language language) {
        String path = "search/synonyms-" + language.code() + ".txt";
        try (Reader reader = resource(path); Analyzer parsing = plain()) {
            // expand = false: every word of a line is replaced by the line's first, its canonical form.
            SolrSynonymParser parser = new SolrSynonymParser(true, false, parsing);
            parser.parse(reader);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        } catch (ParseException e) {
            throw new IllegalStateException("Synonym list " + path + " is malformed at line " + e.getErrorOffset()
                    + ": " + e.getMessage(), e);
        }
    }

    private static CharArraySet stopWords(CharArraySet base, String... more) {
        CharArraySet words = new CharArraySet(base, true);
        words.addAll(List.of(more));
        return CharArraySet.unmodifiableSet(words);
    }

    private static CharArraySet wordList(String path) {
        try (Reader reader = resource(path)) {
            List<String> words = new java.io.BufferedReader(reader).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return new CharArraySet(words, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static Reader resource(String path) {
        InputStream in = SearchAnalyzers.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing " + path + " on the classpath");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
