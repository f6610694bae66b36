package org.evidenz.interop.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;

/**
 * An example value for a schema that has none of its own, built from its properties: their own examples where they
 * have one, else a value of their type and format. Shows the shape of an answer; the real content is one request
 * away.
 */
final class Examples {

    private static final int DEPTH = 12;

    /** Values of the demo content for properties that recur, so that an example reads like an answer. */
    private static final Map<String, Object> KNOWN = Map.ofEntries(
            Map.entry("lang", "en"), Map.entry("id", "passive-treatments"), Map.entry("topic", "low-back-pain"),
            Map.entry("slug", "passive-treatments"), Map.entry("title", "Passive treatments for low back pain"),
            Map.entry("url", "/en/low-back-pain/passive-treatments"),
            Map.entry("api", "/api/v1/articles/en/low-back-pain/passive-treatments"),
            Map.entry("dateModified", "2026-11-23T09:00:00Z"), Map.entry("lastReviewed", "2022-12-05"),
            Map.entry("updated", "2022-12-05"), Map.entry("due", "2025-12-31"), Map.entry("condition", "low-back-pain"),
            Map.entry("next", "/api/v1/articles?page=2&size=20"), Map.entry("doi", "10.1002/14651858.CD013814"),
            Map.entry("citation", "Mu J, Furlan AD, Lam WY, et al. Acupuncture for chronic nonspecific low back "
                    + "pain. Cochrane Database Syst Rev. 2020;12(12):CD013814."));

    private Examples() {
    }

    static Object of(Schema<?> schema, Map<String, Schema> named, int depth) {
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.get$ref() != null) {
            Schema<?> target = named.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            return target == null || depth > DEPTH ? null : of(target, named, depth + 1);
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return of(schema.getAnyOf().get(0), named, depth);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        String type = typeOf(schema);
        return switch (type) {
            case "object" -> object(schema, named, depth);
            case "array" -> schema.getItems() == null || depth > DEPTH ? List.of()
                    : List.of(of(schema.getItems(), named, depth + 1));
            case "integer" -> new BigDecimal(1);
            case "number" -> new BigDecimal("1.5");
            case "boolean" -> Boolean.FALSE;
            case "null" -> null;
            default -> string(schema.getFormat());
        };
    }

    private static Map<String, Object> object(Schema<?> schema, Map<String, Schema> named, int depth) {
        Map<String, Object> example = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> example.put(name, KNOWN.containsKey(name)
                    && isString(property) ? KNOWN.get(name) : of(property, named, depth + 1)));
        }
        return example;
    }

    private static boolean isString(Schema<?> property) {
        return "string".equals(typeOf(property)) && property.getEnum() == null;
    }

    private static String typeOf(Schema<?> schema) {
        Set<String> types = schema.getTypes();
        if (types != null) {
            return types.stream().filter(t -> !"null".equals(t)).findFirst().orElse("null");
        }
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getProperties() != null ? "object" : "string";
    }

    private static String string(String format) {
        if (format == null) {
            return "text";
        }
        return switch (format) {
            case "date" -> "2026-11-23";
            case "date-time" -> "2026-11-23T09:00:00Z";
            case "uri" -> "https://example.org/";
            default -> "text";
        };
    }
}
