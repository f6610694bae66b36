package org.evidenz.feedback;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Finds what of a reader is in a text the team wants to publish (a "you said, we did" summary): an e-mail address,
 * a phone number, or a passage that is the same as in a reader's comment. A passage counts when it runs over at
 * least {@value #MIN_WORDS} words, or over at least two words and {@value #MIN_CHARACTERS} characters (long German
 * compounds), compared word by word without regard to case, spacing or punctuation. Runs of two or more words that
 * the page's own titles contain do not count: the team may name the page readers wrote about.
 * <p>
 * A finding says what was found and where in the text, never the words themselves.
 */
final class ReadersWords {

    static final int MIN_WORDS = 5;
    static final int MIN_CHARACTERS = 30;

    /** Regions whose national number formats are recognised; numbers with a country code are found anyway. */
    private static final List<String> PHONE_REGIONS = List.of("DE", "AT", "CH", "GB");
    /** An address as typed, or written as {@code name (at) example (dot) org} to get past filters like this one. */
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+(?:@|\\s*[(\\[]at[)\\]]\\s*)"
            + "[\\p{L}\\p{N}-]+(?:(?:\\.|\\s*[(\\[]dot[)\\]]\\s*)[\\p{L}\\p{N}-]+)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_PARTS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** What was found. */
    sealed interface Finding {
        String message();
    }

    record EmailAddress() implements Finding {
        @Override
        public String message() {
            return "This summary contains an e-mail address. Remove it: summaries are shown to every reader of the "
                    + "article.";
        }
    }

    record PhoneNumber() implements Finding {
        @Override
        public String message() {
            return "This summary contains a phone number. Remove it: summaries are shown to every reader of the "
                    + "article.";
        }
    }

    /** A passage of {@code words} words, from word {@code first} to word {@code last} of the text (1-based). */
    record SharedPassage(int words, int first, int last) implements Finding {
        @Override
        public String message() {
            String where = first == last ? "word " + first : "words " + first + " to " + last;
            return words + " words in a row (" + where + " of the summary) are the same as in a reader's comment "
                    + "on this article. Write it in your own words: readers' words are never published.";
        }
    }

    private ReadersWords() {
    }

    /**
     * The first thing of a reader found in {@code text}: an address, a phone number, or the longest passage it
     * shares with one of {@code comments} (decrypted, in memory only), not counting runs from {@code titles}.
     */
    static Optional<Finding> find(String text, Collection<String> comments, Collection<String> titles) {
        if (EMAIL.matcher(text).find()) {
            return Optional.of(new EmailAddress());
        }
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        for (String region : PHONE_REGIONS) {
            if (phones.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE).iterator()
                    .hasNext()) {
                return Optional.of(new PhoneNumber());
            }
        }
        Words summary = Words.of(text);
        boolean[] titleWords = new boolean[summary.size()];
        for (String title : titles) {
            Words t = Words.of(title);
            forEachRun(summary, t, null, (end, length) -> {
                if (length >= 2) {
                    for (int i = end - length + 1; i <= end; i++) {
                        titleWords[i] = true;
                    }
                }
            });
        }
        SharedPassage longest = null;
        for (String comment : comments) {
            if (comment == null || comment.isBlank()) {
                continue;
            }
            SharedPassage found = longestPassage(summary, Words.of(comment), titleWords);
            if (found != null && (longest == null || found.words() > longest.words())) {
                longest = found;
            }
        }
        return Optional.ofNullable(longest);
    }

    private static SharedPassage longestPassage(Words summary, Words comment, boolean[] exempt) {
        SharedPassage[] longest = new SharedPassage[1];
        forEachRun(summary, comment, exempt, (end, length) -> {
            int start = end - length + 1;
            if (counts(summary, start, end) && (longest[0] == null || length > longest[0].words())) {
                longest[0] = new SharedPassage(length, summary.position(start), summary.position(end));
            }
        });
        return longest[0];
    }

    private static boolean counts(Words words, int start, int end) {
        int length = end - start + 1;
        if (length >= MIN_WORDS) {
            return true;
        }
        int characters = length - 1;
        for (int i = start; i <= end; i++) {
            characters += words.word(i).length();
        }
        return length >= 2 && characters >= MIN_CHARACTERS;
    }

    private interface RunHandler {
        void run(int endInA, int length);
    }

    /**
     * Calls {@code handler} for every maximal run of words that {@code a} and {@code b} have in common (longest
     * common substrings over words, by dynamic programming over one row); words of {@code a} marked in
     * {@code skip} match nothing.
     */
    private static void forEachRun(Words a, Words b, boolean[] skip, RunHandler handler) {
        Map<String, Integer> ids = new HashMap<>();
        int[] x = a.ids(ids);
        int[] y = b.ids(ids);
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                boolean match = x[i] == y[j] && (skip == null || !skip[i]);
                current[j + 1] = match ? previous[j] + 1 : 0;
                boolean ends = i + 1 == x.length || j + 1 == y.length || x[i + 1] != y[j + 1]
                        || skip != null && skip[i + 1];
                if (match && ends) {
                    handler.run(i, current[j + 1]);
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
    }

    /**
     * The words of a text, normalised (compatibility forms, lower case) and split at anything that is neither a
     * letter nor a digit; each remembers which of the text's space-separated words it came from.
     */
    private record Words(List<String> words, List<Integer> positions) {

        static Words of(String text) {
            // soft hyphens and other invisible format characters would split a word in two
            String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\p{Cf}", "")
                    .toLowerCase(Locale.ROOT).strip();
            List<String> words = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            if (normalised.isEmpty()) {
                return new Words(words, positions);
            }
            String[] spaced = normalised.split("\\s+");
            for (int p = 0; p < spaced.length; p++) {
                for (String part : WORD_PARTS.split(spaced[p])) {
                    if (!part.isEmpty()) {
                        words.add(part);
                        positions.add(p + 1);
                    }
                }
            }
            return new Words(words, positions);
        }

        int size() {
            return words.size();
        }

        String word(int i) {
            return words.get(i);
        }

        int position(int i) {
            return positions.get(i);
        }

        int[] ids(Map<String, Integer> ids) {
            return words.stream().mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).toArray();
        }
    }
}
