package org.evidenz.bundle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evidenz.article.Article;
import org.evidenz.article.ArticleStatus;
import org.evidenz.article.Layer;
import org.evidenz.article.Section;
import org.evidenz.bundle.References.Kind;
import org.evidenz.prose.ProseSyntax;
import org.evidenz.shared.Ids;
import org.evidenz.shared.Language;
import org.evidenz.shared.PlannedDate;

/** Reads the {@code articles/*.md} files of a language folder: front matter, then layered sections. */
final class ArticleReader {

    /** The blocks an article section may embed; see docs/content-bundles.md. */
    static final Set<String> BLOCKS = Set.of("comparison-table", "treatment-cards", "active-treatments",
            "recommendations", "coverage");

    /** {@code ## Title {#anchor layer=details}}; each part is then checked on its own, so a problem names it. */
    static final Pattern SECTION_HEADING = Pattern.compile("^## (.*?)\\s*\\{#(.*?)\\s+layer=(.*?)}\\s*$");

    static final int MAX_SECTION = 100_000;

    private final Language language;
    private final References references;
    private final Problems problems;

    ArticleReader(Language language, References references, Problems problems) {
        this.language = language;
        this.references = references;
        this.problems = problems;
    }

    List<Article> readAll(BundleFiles files) {
        String folder = language.code() + "/articles";
        List<Article> articles = new ArrayList<>();
        for (String name : files.list(folder)) {
            String path = folder + "/" + name;
            if (!name.endsWith(".md")) {
                problems.add(new BundleProblem(path, 0, "", "unknown file; articles are Markdown files (.md)"));
                continue;
            }
            String fileId = name.substring(0, name.length() - 3);
            files.read(path).flatMap(text -> read(path, fileId, text)).ifPresent(articles::add);
        }
        return articles;
    }

    /**
     * Reads one article that is not a file of a bundle, such as one written in the editor: there is no file name
     * for its id to match (whether an existing item's id changed is the caller's check).
     */
    Optional<Article> read(String path, String text) {
        return read(path, null, text);
    }

    /** @param fileId the file's name without {@code .md}, which a bundle's article id must equal; or null */
    private Optional<Article> read(String path, String fileId, String text) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        int closing = lines.isEmpty() || !lines.get(0).strip().equals("---") ? -1 : indexOfClosing(lines);
        if (closing < 0) {
            problems.add(new BundleProblem(path, 1, "", "an article starts with front matter between two '---' "
                    + "lines"));
            return Optional.empty();
        }
        String frontMatter = String.join("\n", lines.subList(1, closing));
        Optional<Fields> parsed = YamlFiles.parse(frontMatter, path, 1, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Fields f = parsed.get();
        String id = f.requiredId("id");
        if (fileId != null && id != null && !id.equals(fileId)) {
            f.problem("id", "'" + id + "' must match the file name (" + fileId + ".md)");
        }
        references.unique("article id", language.code(), id, f.location("id"));
        String topic = f.requiredId("topic");
        references.expect(Kind.TOPIC, language, topic, f.location("topic"));
        String slug = f.requiredId("slug");
        references.unique("slug", language.code() + "/" + topic, slug, f.location("slug"));
        String title = f.required("title");
        String summary = f.required("summary");
        ArticleStatus status = f.requiredEnum("status", ArticleStatus.class);
        LocalDate updated = date(f, "updated");
        PlannedDate nextReview = plannedDate(f, "next-review");
        if (updated != null && nextReview != null && !nextReview.date().isAfter(updated)) {
            f.problem("next-review", "must lie after the last update (" + updated + ")");
        }
        List<String> treatments = f.ids("treatments");
        for (int i = 0; i < treatments.size(); i++) {
            references.expect(Kind.TREATMENT, language, treatments.get(i), f.elementLocation("treatments", i));
        }
        List<String> furtherSources = f.ids("further-sources");
        for (int i = 0; i < furtherSources.size(); i++) {
            references.expect(Kind.SOURCE, null, furtherSources.get(i), f.elementLocation("further-sources", i));
        }
        String leadImage = f.optionalId("lead-image");
        f.rejectUnknownFields();
        List<Section> sections = sections(path, lines, closing + 1);
        return Optional.of(new Article(language, id, topic, slug, title, summary, status, updated, nextReview,
                sections, treatments, furtherSources, leadImage));
    }

    private static int indexOfClosing(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            // Only at the start of a line: an indented "---" belongs to a multi-line value of the front matter.
            if (lines.get(i).stripTrailing().equals("---")) {
                return i;
            }
        }
        return -1;
    }

    private List<Section> sections(String path, List<String> lines, int first) {
        List<Section> sections = new ArrayList<>();
        SectionDraft current = null;
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNumber = i + 1;
            if (line.startsWith("## ")) {
                Matcher heading = SECTION_HEADING.matcher(line);
                if (!heading.matches()) {
                    problems.add(new BundleProblem(path, lineNumber, "", "a section heading looks like "
                            + "'## Title {#anchor layer=details}'; a heading inside a section starts with '### '"));
                    if (current == null) {
                        // Its text belongs to this broken section, not to "text before the first section heading".
                        current = new SectionDraft(line.substring(3).strip(), null, null, lineNumber);
                    }
                    continue;
                }
                current = finish(path, current, sections);
                current = new SectionDraft(heading.group(1).strip(), anchor(path, lineNumber, heading.group(2)),
                        layer(path, lineNumber, heading.group(3)), lineNumber);
            } else if (line.startsWith("# ")) {
                problems.add(new BundleProblem(path, lineNumber, "", "'# ' would be the article's title, which comes "
                        + "from the front matter; sections start with '## ', headings inside them with '### '"));
            } else if (current == null) {
                if (!line.isBlank()) {
                    problems.add(new BundleProblem(path, lineNumber, "", "text before the first section heading"));
                }
            } else {
                current.body.add(line);
                checkLine(path, line, lineNumber);
            }
        }
        finish(path, current, sections);
        if (sections.isEmpty()) {
            problems.add(new BundleProblem(path, 0, "sections", "an article needs at least one section"));
        }
        return sections;
    }

    private String anchor(String path, int lineNumber, String text) {
        String anchor = text.strip();
        Location location = new Location(path, lineNumber, "anchor");
        if (anchor.isEmpty()) {
            problems.add(location, "required");
            return null;
        }
        if (!Ids.isValid(anchor)) {
            problems.add(location, "'" + anchor + "' is not a valid anchor: use lower-case letters, digits and "
                    + "hyphens, e.g. who-pays");
            return null;
        }
        references.unique("section anchor", path, anchor, location);
        return anchor;
    }

    private Layer layer(String path, int lineNumber, String text) {
        String code = text.strip();
        Location location = new Location(path, lineNumber, "layer");
        if (code.isEmpty()) {
            problems.add(location, "required");
            return null;
        }
        Optional<Layer> layer = Layer.fromCode(code);
        if (layer.isEmpty()) {
            problems.add(location, "'" + code + "' is not one of short-answer, details, studies");
        }
        return layer.orElse(null);
    }

    private void checkLine(String path, String line, int lineNumber) {
        Location location = new Location(path, lineNumber, "");
        references.expectCitations(line, location);
        for (String block : ProseSyntax.blockNames(line)) {
            if (!BLOCKS.contains(block)) {
                problems.add(location, "unknown block {{" + block + "}}; known blocks: "
                        + String.join(", ", BLOCKS.stream().sorted().toList()));
            }
        }
    }

    private SectionDraft finish(String path, SectionDraft draft, List<Section> sections) {
        if (draft != null) {
            String body = String.join("\n", draft.body).strip();
            if (body.isEmpty()) {
                problems.add(new BundleProblem(path, draft.line, "body", "the section '" + draft.title
                        + "' is empty"));
            } else if (body.length() > MAX_SECTION) {
                problems.add(new BundleProblem(path, draft.line, "body", "the section '" + draft.title
                        + "' is too long: " + body.length() + " characters, at most " + MAX_SECTION));
            }
            if (draft.title.isEmpty()) {
                problems.add(new BundleProblem(path, draft.line, "title", "required"));
            } else if (draft.title.length() > Fields.SHORT_TEXT) {
                problems.add(new BundleProblem(path, draft.line, "title", "too long: " + draft.title.length()
                        + " characters, at most " + Fields.SHORT_TEXT));
            }
            sections.add(new Section(draft.anchor, draft.layer, draft.title, body));
        }
        return null;
    }

    private static LocalDate date(Fields f, String key) {
        String value = f.required(key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            f.problem(key, "'" + value + "' is not a date like 2022-12-05");
            return null;
        }
    }

    private static PlannedDate plannedDate(Fields f, String key) {
        String value = f.required(key);
        if (value == null) {
            return null;
        }
        try {
            return PlannedDate.parse(value);
        } catch (IllegalArgumentException e) {
            f.problem(key, e.getMessage());
            return null;
        }
    }

    private static final class SectionDraft {
        final String title;
        final String anchor;
        final Layer layer;
        final int line;
        final List<String> body = new ArrayList<>();

        SectionDraft(String title, String anchor, Layer layer, int line) {
            this.title = title;
            this.anchor = anchor;
            this.layer = layer;
            this.line = line;
        }
    }
}
