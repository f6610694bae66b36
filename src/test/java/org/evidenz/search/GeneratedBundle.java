package org.evidenz.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a content bundle for the scale benchmark (scripts/benchmark-scale.sh): the demo bundle plus {@code n}
 * generated English articles in twenty generated topics, their text from {@link GeneratedCorpus}'s vocabulary, each
 * comparing a few of the demo's treatments with the demo's sources cited. Same seed, same bundle.
 *
 * <pre>java -cp target/test-classes org.evidenz.search.GeneratedBundle src/main/resources/content OUT [n]</pre>
 */
final class GeneratedBundle {

    static final int TOPICS = 20;

    private static final String[] TREATMENTS = {"acupuncture", "electrotherapy", "kinesiology-taping",
        "short-wave-diathermy", "laser-therapy", "magnetic-field-therapy", "manual-therapy", "massage", "osteopathy",
        "heat-cold", "therapeutic-ultrasound", "traction", "strengthening-stretching-exercises", "pilates"};
    private static final String[] SOURCES = {"nvl-2017", "chou-2017", "ferreira-2021", "iqwig-2022", "mu-2020",
        "skelly-2020"};

    private final GeneratedCorpus text;
    private final Random random;

    GeneratedBundle(long seed) {
        this.text = new GeneratedCorpus(seed);
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: GeneratedBundle <demo bundle folder> <output folder> [articles, 1000]");
            System.exit(2);
        }
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        new GeneratedBundle(20261203).write(Path.of(args[0]), Path.of(args[1]), count);
    }

    void write(Path demo, Path out, int count) throws IOException {
        copy(demo, out);
        StringBuilder topics = new StringBuilder();
        for (int t = 0; t < TOPICS; t++) {
            topics.append("  - id: generated-topic-").append(t).append('\n')
                    .append("    slug: generated-topic-").append(t).append('\n')
                    .append("    title: ").append(GeneratedCorpus.capitalise(text.words(3))).append('\n')
                    .append("    summary: ").append(GeneratedCorpus.capitalise(text.words(20))).append(".\n")
                    .append("    condition: nonspecific-low-back-pain\n");
        }
        Files.writeString(out.resolve("en/topics.yaml"), topics, StandardOpenOption.APPEND);
        Path articles = out.resolve("en/articles");
        for (int a = 0; a < count; a++) {
            Files.writeString(articles.resolve("generated-" + a + ".md"), article(a));
        }
    }

    private String article(int a) {
        List<String> treatments = new ArrayList<>();
        int first = random.nextInt(TREATMENTS.length);
        for (int i = 0; i < 3 + random.nextInt(4); i++) {
            treatments.add(TREATMENTS[(first + i) % TREATMENTS.length]);
        }
        StringBuilder md = new StringBuilder("---\n")
                .append("id: generated-").append(a).append('\n')
                .append("topic: generated-topic-").append(a % TOPICS).append('\n')
                .append("slug: article-").append(a).append('\n')
                .append("title: ").append(GeneratedCorpus.capitalise(text.words(4 + random.nextInt(5)))).append('\n')
                .append("summary: ").append(GeneratedCorpus.capitalise(text.words(25))).append(".\n")
                .append("status: PUBLISHED\nupdated: 2026-01-15\nnext-review: 2028\ntreatments:\n");
        treatments.forEach(t -> md.append("  - ").append(t).append('\n'));
        md.append("further-sources:\n  - chou-2016\n---\n\n")
                .append("## In short {#in-short layer=short-answer}\n\n").append(paragraph()).append("\n\n")
                .append("## What they are {#what-they-are layer=details}\n\n").append(paragraph()).append("\n\n")
                .append(paragraph()).append("\n\n{{comparison-table}}\n\n")
                .append("## One by one {#one-by-one layer=details}\n\n").append(paragraph())
                .append("\n\n{{treatment-cards}}\n\n")
                .append("## What the studies say {#what-the-studies-say layer=studies}\n\n").append(paragraph())
                .append("\n\n").append(paragraph()).append('\n');
        return md.toString();
    }

    private String paragraph() {
        return GeneratedCorpus.capitalise(text.words(40 + random.nextInt(60))) + " [@"
                + SOURCES[random.nextInt(SOURCES.length)] + "].";
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
