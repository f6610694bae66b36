package org.evidenz.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Nested maps as bundle text: YAML as a bundle file lists it, an article as its Markdown file; and for an article
 * made from an editor's form, which section a problem on a line of that Markdown belongs to.
 */
final class ItemText {

    private ItemText() {
    }

    /** Text in the bundle format from nested maps keyed like the bundle fields. */
    static String of(ItemKind kind, Map<String, Object> fields) {
        return kind == ItemKind.ARTICLE ? new ArticleText(fields).text : yaml().dump(fields);
    }

    /** The problems of the text made from these fields, named by the field each is in (see {@link ItemFormat}). */
    static List<BundleProblem> located(ItemKind kind, Map<String, Object> fields, List<BundleProblem> problems) {
        if (kind != ItemKind.ARTICLE) {
            return problems;
        }
        ArticleText text = new ArticleText(fields);
        return problems.stream().map(text::locate).toList();
    }

    /** A configured dumper; SnakeYAML instances are not thread-safe, so one per use. */
    static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        return new Yaml(new MultilineLiteralRepresenter(options), options);
    }

    /** An article's Markdown, and the line where each section's heading went. */
    private static final class ArticleText {

        final String text;
        final List<Integer> headingLines = new ArrayList<>();

        @SuppressWarnings("unchecked")
        ArticleText(Map<String, Object> fields) {
            Map<String, Object> frontMatter = new LinkedHashMap<>(fields);
            Object sections = frontMatter.remove("sections");
            StringBuilder text = new StringBuilder("---\n").append(yaml().dump(frontMatter)).append("---\n");
            if (sections instanceof List<?> list) {
                for (Object element : list) {
                    Map<String, Object> section = (Map<String, Object>) element;
                    text.append('\n');
                    headingLines.add((int) text.chars().filter(c -> c == '\n').count() + 1);
                    text.append("## ").append(value(section, "title")).append(" {#").append(value(section, "anchor"))
                            .append(" layer=").append(value(section, "layer")).append("}\n\n")
                            .append(value(section, "body")).append('\n');
                }
            }
            this.text = text.toString();
        }

        /** A problem in a section's heading or text, named by the field of that section; others as they are. */
        BundleProblem locate(BundleProblem problem) {
            int section = -1;
            for (int i = 0; i < headingLines.size() && headingLines.get(i) <= problem.line(); i++) {
                section = i;
            }
            if (section < 0 || problem.line() <= 0) {
                return problem;
            }
            boolean heading = problem.line() == headingLines.get(section);
            String field = heading && !problem.field().isEmpty() ? problem.field() : heading ? "title" : "body";
            return new BundleProblem(problem.file(), problem.line(), "sections[" + section + "]." + field,
                    problem.reason());
        }

        private static String value(Map<String, Object> map, String key) {
            Object value = map.get(key);
            return value == null ? "" : value.toString().strip();
        }
    }

    private static final class MultilineLiteralRepresenter extends Representer {

        MultilineLiteralRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(String.class, data -> {
                String text = (String) data;
                DumperOptions.ScalarStyle style = text.contains("\n") ? DumperOptions.ScalarStyle.LITERAL
                        : DumperOptions.ScalarStyle.PLAIN;
                return representScalar(Tag.STR, text, style);
            });
        }
    }
}
