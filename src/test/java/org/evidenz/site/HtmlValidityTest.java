package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderSiteTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

import nu.validator.client.EmbeddedValidator;

/** Every reader page is valid HTML by the Nu Html Checker, the validator behind validator.w3.org/nu. */
@ReaderSiteTest
class HtmlValidityTest {

    // Loading the schemas takes a few seconds; one validator serves every page.
    private static EmbeddedValidator validator;

    @LocalServerPort
    int port;

    @BeforeAll
    static void validator() {
        validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("org.evidenz.support.ReaderPages#ALL")
    void pageIsValidHtmlWithoutErrorsOrWarnings(String path) throws Exception {
        HttpResponse<String> response = new Http(port).get(path);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).as("body of %s", path).startsWith("<!DOCTYPE html>");

        String report = validator.validate(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        List<Map<String, Object>> problems = JsonPath.<List<Map<String, Object>>>read(report, "$.messages[*]").stream()
                .filter(m -> "error".equals(m.get("type")) || "warning".equals(m.get("subType"))
                        || "non-document-error".equals(m.get("type")))
                .toList();

        assertThat(problems).withFailMessage(() -> path + " has validation problems:\n" + describe(problems))
                .isEmpty();
    }

    private static String describe(List<Map<String, Object>> problems) {
        return problems.stream()
                .map(m -> "  line " + m.get("lastLine") + " [" + m.getOrDefault("subType", m.get("type")) + "] "
                        + m.get("message") + (m.get("extract") == null ? "" : "\n      " + m.get("extract")))
                .collect(Collectors.joining("\n"));
    }
}
