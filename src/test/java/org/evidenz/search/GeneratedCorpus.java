package org.evidenz.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible corpus for the search benchmark: {@code n} articles, each an article document and six section
 * documents, written from a vocabulary of health words with a Zipf-like frequency (a few words everywhere, most
 * rare), plus queries of one to four words, some with a typo. Same seed, same corpus.
 */
final class GeneratedCorpus {

    static final int SECTIONS_PER_ARTICLE = 6;

    private static final String[] VOCABULARY = ("""
            pain back lower chronic acute treatment therapy massage acupuncture needle heat cold ice exercise yoga
            pilates relaxation muscle joint spine disk nerve stimulation electrode current laser magnetic field
            ultrasound traction taping tape osteopathy manipulation mobilization chiropractic study studies review
            evidence effect benefit harm risk side infection bleeding bruising soreness allergy guideline insurance
            cost doctor patient symptom diagnosis week month year short long term certainty quality trial placebo
            group result outcome function sleep stress work posture walking swimming stretching strength weight
            headache neck shoulder knee hip arthritis osteoporosis fracture paralysis rest activity medicine tablet
            painkiller ibuprofen cream injection surgery physiotherapy therapist practitioner session appointment
            help relief wellbeing mood anxiety depression fatigue stiffness movement range balance core training
            """).strip().split("\\s+");

    private final Random random;

    GeneratedCorpus(long seed) {
        this.random = new Random(seed);
    }

    List<SearchDocument> articles(int count) {
        List<SearchDocument> documents = new ArrayList<>(count * (SECTIONS_PER_ARTICLE + 1));
        for (int a = 0; a < count; a++) {
            String topic = "topic-" + (a % 50);
            String title = capitalise(words(4 + random.nextInt(5)));
            String path = "/en/" + topic + "/article-" + a;
            documents.add(new SearchDocument("article:" + a, SearchType.ARTICLE, path, title, words(3),
                    words(40 + random.nextInt(30)), List.of(topic), null));
            for (int s = 0; s < SECTIONS_PER_ARTICLE; s++) {
                documents.add(new SearchDocument("section:" + a + "/" + s, SearchType.SECTION, path + "#s" + s,
                        capitalise(words(2 + random.nextInt(4))), "", words(80 + random.nextInt(120)), List.of(topic),
                        title));
            }
        }
        return documents;
    }

    List<String> queries(int count) {
        List<String> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String query = words(1 + random.nextInt(4));
            if (random.nextInt(5) == 0) {
                int at = random.nextInt(query.length());
                query = query.substring(0, at) + query.substring(Math.min(query.length(), at + 1));
            }
            queries.add(query);
        }
        return queries;
    }

    String words(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                text.append(i % 12 == 11 ? ". " : " ");
            }
            // Squaring a uniform number favours the start of the vocabulary: a rough Zipf curve.
            double u = random.nextDouble();
            text.append(VOCABULARY[(int) (u * u * VOCABULARY.length)]);
        }
        return text.toString();
    }

    static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
