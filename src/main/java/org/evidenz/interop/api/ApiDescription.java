package org.evidenz.interop.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evidenz.site.ApiProperties;
import org.evidenz.site.PublicAddress;
import org.evidenz.site.SiteProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI 3.1 description of the read API at {@code /api/v1/openapi.json}: springdoc derives paths, parameters
 * and schemas from the controllers; this adds what code cannot say: what each operation, parameter and schema means,
 * an example of each, the errors every operation may answer, and the licence. The words live in
 * {@link ApiTexts}, so the controllers stay free of documentation annotations.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String PROBLEM = "Problem";

    @Bean
    OpenApiCustomizer readApiDescription(SiteProperties site, ApiProperties api, PublicAddress address) {
        return openApi -> describe(openApi, site, api, address);
    }

    private static void describe(OpenAPI openApi, SiteProperties site, ApiProperties api, PublicAddress address) {
        Info info = new Info().title(site.name() + " read API").version("v1").description(ApiTexts.API);
        if (api.licenceStated()) {
            info.license(new License().name(api.licenceName()).url(api.licenceUrl().isBlank() ? null
                    : api.licenceUrl()));
        }
        openApi.info(info);
        // springdoc builds the description once: without a configured address, a relative server URL means "where
        // this description was fetched from", whoever asked first.
        openApi.servers(List.of(new Server().url(address.isConfigured() ? address.baseUrl() : "/")
                .description("This installation")));
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        openApi.getPaths().forEach((path, item) -> describe(path, item));
        openApi.getComponents().getSchemas().forEach((name, schema) -> describeSchema(name, schema));
        openApi.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getExample() == null) {
                schema.setExample(Examples.of(schema, openApi.getComponents().getSchemas(), 0));
            }
        });
    }

    private static void describe(String path, PathItem item) {
        Operation get = item.getGet();
        if (get == null) {
            return;
        }
        ApiTexts.Text text = ApiTexts.OPERATIONS.get(path);
        if (text == null) {
            throw new IllegalStateException("The read API description has no words for GET " + path
                    + ": add them to ApiTexts.OPERATIONS");
        }
        get.summary(text.summary()).description(text.description());
        if (get.getParameters() != null) {
            for (Parameter parameter : get.getParameters()) {
                ApiTexts.Text words = ApiTexts.PARAMETERS.get(parameter.getName());
                if (words == null) {
                    throw new IllegalStateException("The read API description has no words for the parameter '"
                            + parameter.getName() + "' of GET " + path + ": add them to ApiTexts.PARAMETERS");
                }
                parameter.description(words.description()).example(ApiTexts.EXAMPLES.get(parameter.getName()));
            }
        }
        get.setTags(List.of(path.split("/")[3]));
        ApiResponse ok = get.getResponses().get("200");
        if (ok != null && ok.getContent() != null && ok.getContent().containsKey("*/*")) {
            // springdoc cannot know that every answer is JSON (the controllers do not narrow produces)
            ok.getContent().addMediaType("application/json", ok.getContent().remove("*/*"));
        }
        if (ok != null) {
            ok.description(text.answer());
            ok.addHeaderObject("ETag", new Header().description("Send it back as If-None-Match: unchanged "
                    + "content answers 304 without a body.").schema(typed("string")));
        }
        get.getResponses().addApiResponse("304", new ApiResponse()
                .description("Not modified: the If-None-Match ETag is still current."));
        get.getResponses().addApiResponse("400", problem("A parameter is missing or has a value that is not "
                + "allowed; the detail says which and what is allowed."));
        if (path.contains("{")) {
            get.getResponses().addApiResponse("404", problem("Nothing published at this address."));
        }
        get.getResponses().addApiResponse("429", problem("Too many requests from this client; try again after "
                + "the seconds in Retry-After.").addHeaderObject("Retry-After", new Header()
                .description("Seconds until the next request is allowed.")
                .schema(typed("integer"))));
    }

    private static void describeSchema(String name, Schema<?> schema) {
        String description = ApiTexts.SCHEMAS.get(name);
        if (description == null && name.startsWith("ApiPage")) {
            description = "One page of a list: its items, the page number (from 1), the page size, how many "
                    + "items there are in all, and the address of the next page (null on the last page).";
        }
        if (description == null) {
            throw new IllegalStateException("The read API description has no words for the schema '" + name
                    + "': add them to ApiTexts.SCHEMAS");
        }
        schema.setDescription(description);
        if (schema.getProperties() != null && !PROBLEM.equals(name)) {
            // the JSON shapes are records: every property is always written, null when it has no value
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
        if (schema.getProperties() != null) {
            Set<String> nullable = ApiTexts.NULLABLE.getOrDefault(name, Set.of());
            schema.getProperties().forEach((property, value) -> {
                if (nullable.contains(property) || name.startsWith("ApiPage") && property.equals("next")) {
                    allowNull(value);
                }
            });
        }
    }

    /** In OpenAPI 3.1 a property that may be null says so in its types. */
    private static void allowNull(Schema<?> property) {
        if (property.get$ref() != null) {
            String ref = property.get$ref();
            property.set$ref(null);
            property.setAnyOf(new ArrayList<>(List.of(new Schema<>().$ref(ref), typed("null"))));
            return;
        }
        if (property.getTypes() != null) {
            property.addType("null");
        } else if (property.getType() != null) {
            property.types(new java.util.LinkedHashSet<>(List.of(property.getType(), "null")));
        }
    }

    /** A schema of one JSON type, written the OpenAPI 3.1 way ({@code type} may list several). */
    private static Schema<Object> typed(String type) {
        return new Schema<>().types(new java.util.LinkedHashSet<>(List.of(type)));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/"
                        + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", typed("string").description("Always about:blank."));
        properties.put("title", typed("string").description("The HTTP status's name."));
        properties.put("status", typed("integer").description("The HTTP status."));
        properties.put("detail", typed("string").description("What went wrong, in words a person understands."));
        properties.put("instance", typed("string").description("The address asked for."));
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", "Bad Request");
        example.put("status", new BigDecimal(400));
        example.put("detail", "The parameter 'size' must be between 1 and 100, not 101.");
        example.put("instance", "/api/v1/articles");
        return typed("object").properties(properties).required(List.of("type", "title", "status", "detail"))
                .description("An error as an RFC 9457 problem detail (application/problem+json).")
                .example(example);
    }
}
