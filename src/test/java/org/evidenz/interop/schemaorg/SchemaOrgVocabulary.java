package org.evidenz.interop.schemaorg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schema.org vocabulary (release 30.0, in the test resources): its types and properties, what applies to what. */
final class SchemaOrgVocabulary {

    static final String SCHEMA = "https://schema.org/";

    private final Map<String, Set<String>> superTypes = new HashMap<>();
    private final Map<String, Set<String>> domains = new HashMap<>();

    private SchemaOrgVocabulary() {
    }

    static SchemaOrgVocabulary load() {
        SchemaOrgVocabulary vocabulary = new SchemaOrgVocabulary();
        try (InputStream in = SchemaOrgVocabulary.class
                .getResourceAsStream("/vocab/schema.org/schemaorg-current-https.jsonld")) {
            for (JsonNode entry : JsonMapper.builder().build().readTree(in).get("@graph")) {
                String id = iri(entry.get("@id").asString());
                List<String> types = ids(entry.get("@type"));
                if (types.contains("rdfs:Class")) {
                    vocabulary.superTypes.put(id, new HashSet<>(ids(entry.get("rdfs:subClassOf"))
                            .stream().map(SchemaOrgVocabulary::iri).toList()));
                }
                if (types.contains("rdf:Property")) {
                    vocabulary.domains.put(id, new HashSet<>(ids(entry.get("schema:domainIncludes"))
                            .stream().map(SchemaOrgVocabulary::iri).toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vocabulary;
    }

    boolean isType(String iri) {
        return superTypes.containsKey(iri);
    }

    boolean isProperty(String iri) {
        return domains.containsKey(iri);
    }

    /** Whether the property's domain includes the type or one of the types it is a subclass of. */
    boolean applies(String property, String type) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                if (domains.getOrDefault(property, Set.of()).contains(next)) {
                    return true;
                }
                todo.addAll(superTypes.getOrDefault(next, Set.of()));
            }
        }
        return false;
    }

    private static List<String> ids(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> all = new ArrayList<>();
            node.forEach(n -> all.addAll(ids(n)));
            return all;
        }
        return List.of(node.isObject() ? node.get("@id").asString() : node.asString());
    }

    private static String iri(String compact) {
        return compact.startsWith("schema:") ? SCHEMA + compact.substring("schema:".length()) : compact;
    }
}
