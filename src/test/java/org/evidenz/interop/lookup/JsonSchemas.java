package org.evidenz.interop.lookup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** JSON Schemas from the test tree, checked by networknt's validator, formats (uri, date-time) included. */
final class JsonSchemas {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private JsonSchemas() {
    }

    /** What the schema finds wrong with the JSON text: empty when it is valid. */
    static List<String> problems(String schemaResource, String json) {
        Schema schema;
        try (InputStream in = JsonSchemas.class.getResourceAsStream(schemaResource)) {
            if (in == null) {
                throw new IllegalArgumentException("No schema " + schemaResource + " on the test classpath");
            }
            schema = REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schema.validate(json, InputFormat.JSON, context -> context.executionConfig(
                config -> config.formatAssertionsEnabled(true))).stream().map(Error::toString).toList();
    }

    static String resource(String name) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
