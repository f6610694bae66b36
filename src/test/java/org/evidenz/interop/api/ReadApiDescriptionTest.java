package org.evidenz.interop.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderSiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.jayway.jsonpath.JsonPath;

/**
 * The read API's OpenAPI description tells the truth: every documented operation, called with the description's own
 * examples, answers what the description says (checked by Atlassian's OpenAPI validator, not by our own reading),
 * everything is described, and no endpoint under /api is missing from it.
 */
@ReaderSiteTest
class ReadApiDescriptionTest {

    private static final String DESCRIPTION = "/api/v1/openapi.json";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Http http;
    private String description;

    @BeforeEach
    void fetchDescription() {
        http = new Http(port);
        HttpResponse<String> response = http.get(DESCRIPTION);
        assertThat(response.statusCode()).isEqualTo(200);
        description = response.body();
    }

    @Test
    void isOpenApi31WithInfoAndServer() {
        assertThat(JsonPath.<String>read(description, "$.openapi")).startsWith("3.1");
        assertThat(JsonPath.<String>read(description, "$.info.description")).contains("Only published content");
        assertThat(JsonPath.<List<String>>read(description, "$.servers[*].url")).isNotEmpty();
    }

    @Test
    void everyDocumentedOperationAnswersAsDescribed() {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(description).build();
        Map<String, Object> paths = JsonPath.read(description, "$.paths");
        List<String> called = new ArrayList<>();
        for (String path : paths.keySet()) {
            List<Map<String, Object>> parameters = JsonPath.read(description,
                    "$.paths['" + path + "'].get.parameters[*]");
            for (boolean all : List.of(false, true)) {
                String address = address(path, parameters, all);
                HttpResponse<String> response = http.get(address);
                assertThat(response.statusCode()).as("GET %s", address).isEqualTo(200);
                ValidationReport report = validator.validate(request(address),
                        SimpleResponse.Builder.status(response.statusCode())
                                .withContentType(response.headers().firstValue("Content-Type").orElseThrow())
                                .withBody(response.body()).build());
                assertThat(report.getMessages()).as("GET %s against the description", address).isEmpty();
                called.add(address);
            }
        }
        assertThat(paths).hasSize(9);
        assertThat(called).hasSize(18);
    }

    /** The check above is not vacuous: an answer that breaks the description is caught. */
    @Test
    void anAnswerThatBreaksTheDescriptionIsCaught() {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(description).build();
        String real = http.get("/api/v1/topics?lang=en").body();
        for (String broken : List.of(real.replace("\"total\":1", "\"total\":\"one\""),
                real.replace("\"slug\":\"low-back-pain\",", ""),
                real.replace("\"nextReview\":{", "\"nextReview\":{\"due\":null,\"x\":{"))) {
            assertThat(broken).isNotEqualTo(real);
            ValidationReport report = validator.validate(request("/api/v1/topics?lang=en"),
                    SimpleResponse.Builder.ok().withContentType("application/json").withBody(broken).build());
            assertThat(report.getMessages()).as(broken).isNotEmpty();
        }
    }

    @Test
    void everyOperationParameterAndSchemaHasADescriptionAndAnExample() {
        Map<String, Object> paths = JsonPath.read(description, "$.paths");
        for (String path : paths.keySet()) {
            assertThat(JsonPath.<String>read(description, "$.paths['" + path + "'].get.description"))
                    .as(path).isNotBlank();
            assertThat(JsonPath.<List<Object>>read(description,
                    "$.paths['" + path + "'].get.responses.200.content.*.schema")).as(path).isNotEmpty();
            for (Map<String, Object> parameter : JsonPath.<List<Map<String, Object>>>read(description,
                    "$.paths['" + path + "'].get.parameters[*]")) {
                assertThat(parameter).as("%s %s", path, parameter.get("name"))
                        .containsKeys("description", "example");
            }
        }
        Map<String, Map<String, Object>> schemas = JsonPath.read(description, "$.components.schemas");
        assertThat(schemas).isNotEmpty();
        schemas.forEach((name, schema) -> assertThat(schema).as(name).containsKeys("description", "example"));
    }

    /** The description itself (JSON, and springdoc's YAML copy) is the one address it does not list. */
    @Test
    void noEndpointUnderApiIsMissingFromTheDescription() {
        Set<String> described = JsonPath.<Map<String, Object>>read(description, "$.paths").keySet();
        Set<String> served = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .filter(pattern -> pattern.startsWith("/api/") && !pattern.startsWith(DESCRIPTION))
                .map(pattern -> pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(served).isNotEmpty();
        assertThat(described).containsAll(served);
    }

    private static String address(String path, List<Map<String, Object>> parameters, boolean all) {
        String address = path;
        List<String> query = new ArrayList<>();
        for (Map<String, Object> parameter : parameters) {
            String name = (String) parameter.get("name");
            String value = String.valueOf(parameter.get("example"));
            if ("path".equals(parameter.get("in"))) {
                address = address.replace("{" + name + "}", value);
            } else if (all || Boolean.TRUE.equals(parameter.get("required"))) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.isEmpty() ? address : address + "?" + String.join("&", query);
    }

    private static Request request(String address) {
        int question = address.indexOf('?');
        SimpleRequest.Builder request = SimpleRequest.Builder.get(question < 0 ? address
                : address.substring(0, question));
        if (question >= 0) {
            for (String pair : address.substring(question + 1).split("&")) {
                String[] parts = pair.split("=", 2);
                request.withQueryParam(parts[0], java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return request.build();
    }
}
