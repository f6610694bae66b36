package org.evidenz.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.evidenz.shared.Ids;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed access to one YAML mapping that records a problem, with file, line and field, for every missing, malformed
 * or unknown value instead of stopping at the first. Getters return null (or an empty list) after recording a
 * problem, so reading carries on and the whole file is checked in one pass.
 */
final class Fields {

    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> read = new LinkedHashSet<>();
    private final Set<String> reported = new LinkedHashSet<>();
    private final Location location;
    private final Problems problems;

    private Fields(MappingNode node, Location location, Problems problems) {
        this.location = location;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                    problems.add(location.child(key.getValue(), line(key)), "appears twice");
                }
            } else {
                problems.add(location.child("?", line(tuple.getKeyNode())), "keys must be plain names");
            }
        }
    }

    /** The mapping at {@code node}, or null (and a problem) when it is not a mapping. */
    static Fields of(Node node, Location location, Problems problems) {
        if (node instanceof MappingNode mapping) {
            return new Fields(mapping, location, problems);
        }
        problems.add(location, "expected a mapping of field names to values");
        return null;
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    Location location() {
        return location;
    }

    Location location(String key) {
        NodeTuple tuple = entries.get(key);
        return location.child(key, tuple == null ? location.line() : line(tuple.getValueNode()));
    }

    void problem(String key, String reason) {
        reported.add(key);
        problems.add(location(key), reason);
    }

    boolean has(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && !isNull(tuple.getValueNode());
    }

    /** A short text: a name, a title, a summary (at most {@value #SHORT_TEXT} characters). */
    static final int SHORT_TEXT = 1000;
    /** A Markdown field (at most {@value #LONG_TEXT} characters). */
    static final int LONG_TEXT = 20_000;

    String required(String key) {
        return required(key, SHORT_TEXT);
    }

    String required(String key, int maxLength) {
        String value = optional(key, maxLength);
        if (value == null && !reported.contains(key)) {
            problem(key, "required");
        }
        return value;
    }

    String optional(String key) {
        return optional(key, SHORT_TEXT);
    }

    /** The stripped text, or null when absent, empty, not text or too long (the last with a problem). */
    String optional(String key, int maxLength) {
        read.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return null;
        }
        if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
            problem(key, "expected a single value, not a list or mapping");
            return null;
        }
        String value = scalar.getValue().strip();
        if (value.length() > maxLength) {
            problem(key, "too long: " + value.length() + " characters, at most " + maxLength);
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    String requiredId(String key) {
        String value = required(key);
        if (value != null && !Ids.isValid(value)) {
            problem(key, "'" + value + "' is not a valid id: use lower-case letters, digits and hyphens "
                    + "(at most " + Ids.MAX_LENGTH + " characters)");
            return null;
        }
        return value;
    }

    String optionalId(String key) {
        return has(key) ? requiredId(key) : optional(key);
    }

    Integer requiredInt(String key, int min, int max) {
        String value = required(key);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problem(key, number + " is outside " + min + "–" + max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(key, "'" + value + "' is not a whole number");
            return null;
        }
    }

    boolean bool(String key, boolean absent) {
        String value = optional(key);
        if (value == null) {
            return absent;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problem(key, "'" + value + "' is not true or false");
                yield absent;
            }
        };
    }

    <E extends Enum<E>> E requiredEnum(String key, Class<E> type) {
        return requiredCode(key, Arrays.asList(type.getEnumConstants()), Enum::name);
    }

    /** A value from a fixed vocabulary, matched by its code (e.g. "article-journal" or "ICD-10-GM"). */
    <T> T requiredCode(String key, List<T> values, Function<T, String> code) {
        String value = required(key);
        if (value == null) {
            return null;
        }
        Optional<T> match = values.stream().filter(v -> code.apply(v).equals(value)).findFirst();
        if (match.isEmpty()) {
            problem(key, "'" + value + "' is not one of "
                    + values.stream().map(code).collect(Collectors.joining(", ")));
            return null;
        }
        return match.get();
    }

    /** A list of texts; absent is an empty list. */
    List<String> strings(String key) {
        List<String> values = new ArrayList<>();
        for (Element element : elements(key)) {
            if (element.node() instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                values.add(scalar.getValue().strip());
            } else {
                problems.add(element.location(), "expected a non-empty text");
            }
        }
        return values;
    }

    /** A list of ids; each is checked for format. */
    List<String> ids(String key) {
        List<String> ids = strings(key);
        for (int i = 0; i < ids.size(); i++) {
            if (!Ids.isValid(ids.get(i))) {
                problems.add(elementLocation(key, i), "'" + ids.get(i) + "' is not a valid id: use lower-case "
                        + "letters, digits and hyphens" + (ids.get(i).matches(".*[,;\\s].*")
                                ? ", and put each id on a line of its own" : ""));
            }
        }
        return ids;
    }

    /** A list of mappings; absent is an empty list. Elements that are not mappings are reported and skipped. */
    List<Fields> mappings(String key) {
        List<Fields> result = new ArrayList<>();
        for (Element element : elements(key)) {
            Fields fields = of(element.node(), element.location(), problems);
            if (fields != null) {
                result.add(fields);
            }
        }
        return result;
    }

    Location elementLocation(String key, int index) {
        NodeTuple tuple = entries.get(key);
        if (tuple != null && tuple.getValueNode() instanceof SequenceNode sequence
                && index < sequence.getValue().size()) {
            return location(key).element(index, line(sequence.getValue().get(index)));
        }
        return location(key);
    }

    private List<Element> elements(String key) {
        read.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            problem(key, "expected a list");
            return List.of();
        }
        List<Element> elements = new ArrayList<>();
        List<Node> nodes = sequence.getValue();
        for (int i = 0; i < nodes.size(); i++) {
            elements.add(new Element(nodes.get(i), location(key).element(i, line(nodes.get(i)))));
        }
        return elements;
    }

    /** Reports every field that no getter asked for: in a bundle, a typo must not pass silently. */
    void rejectUnknownFields() {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!read.contains(entry.getKey())) {
                problems.add(location.child(entry.getKey(), line(entry.getValue().getKeyNode())), "unknown field");
            }
        }
    }

    private static boolean isNull(Node node) {
        return Tag.NULL.equals(node.getTag());
    }

    private record Element(Node node, Location location) {
    }
}
