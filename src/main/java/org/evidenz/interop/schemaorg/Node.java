package org.evidenz.interop.schemaorg;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of a JSON-LD graph, built property by property. A property with no value (null, blank text, an empty
 * list) is left out: the markup says only what we know and the page shows.
 */
final class Node {

    private final Map<String, Object> properties = new LinkedHashMap<>();

    private Node(String type, String id) {
        if (id != null) {
            properties.put("@id", id);
        }
        properties.put("@type", type);
    }

    static Node of(String type) {
        return new Node(type, null);
    }

    static Node of(String type, String id) {
        return new Node(type, id);
    }

    /** A reference to a node described elsewhere in the same graph. */
    static Map<String, Object> ref(String id) {
        return Map.of("@id", id);
    }

    Node put(String property, Object value) {
        if (value == null || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty()) {
            return this;
        }
        properties.put(property, value instanceof Node node ? node.json() : value);
        return this;
    }

    Node nodes(String property, List<Node> nodes) {
        return put(property, (Object) nodes.stream().map(Node::json).toList());
    }

    String id() {
        return (String) properties.get("@id");
    }

    Map<String, Object> json() {
        return properties;
    }
}
