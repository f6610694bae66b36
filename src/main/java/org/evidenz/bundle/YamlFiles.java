package org.evidenz.bundle;

import java.io.StringReader;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Parses bundle YAML into node trees that keep line numbers; syntax errors become problems. */
final class YamlFiles {

    private YamlFiles() {
    }

    /** The top-level mapping of a YAML file, or empty when the file is absent or broken (then with a problem). */
    static Optional<Fields> read(BundleFiles files, String path, Problems problems) {
        return files.read(path).flatMap(text -> parse(text, path, 0, problems));
    }

    /**
     * @param lineOffset lines that precede {@code text} in its file (front matter after a {@code ---} line)
     */
    static Optional<Fields> parse(String text, String path, int lineOffset, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // Bundles are data, not programs: no aliases that could expand into a billion laughs.
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(5 * 1024 * 1024);
        try {
            Node root = new Yaml(options).compose(new StringReader("\n".repeat(lineOffset) + text));
            if (root == null) {
                problems.add(new BundleProblem(path, 0, "", "the file is empty"));
                return Optional.empty();
            }
            return Optional.ofNullable(Fields.of(root, new Location(path, Fields.line(root), ""), problems));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new BundleProblem(path, line, "", "not valid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            problems.add(new BundleProblem(path, 0, "", "not valid YAML: " + e.getMessage()));
        }
        return Optional.empty();
    }
}
