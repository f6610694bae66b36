package org.evidenz.interop.schemaorg;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON that can stand inside an HTML {@code <script>} element. The HTML parser ends a script at {@code </script>},
 * and {@code <!--} changes how it reads on, whatever JSON thinks of strings; so every {@code <}, {@code >} and
 * {@code &} is written as a JSON escape. U+2028 and U+2029 are escaped too, for readers that take the block for
 * JavaScript. Outside strings JSON has none of these characters, so the result is the same JSON value.
 */
final class ScriptSafeJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ScriptSafeJson() {
    }

    static String write(Object value) {
        return escape(MAPPER.writeValueAsString(value));
    }

    static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
