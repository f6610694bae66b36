package org.evidenz.interop.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Text from content can never end the JSON-LD script element early or change how the HTML around it is read. */
class ScriptSafeJsonTest {

    private static final String HOSTILE = "Back pain</script><script>alert(1)</script><!-- & \u2028\u2029 end";

    @Test
    void hostileTextStaysInsideTheScriptElementAndReadsBackUnchanged() {
        String json = ScriptSafeJson.write(Map.of("name", HOSTILE));
        Document page = Jsoup.parse("<!DOCTYPE html><html><head><script type=\"application/ld+json\">" + json
                + "</script></head><body><p id=after>after</p></body></html>");

        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("script").first().data()).isEqualTo(json);
        assertThat(page.select("#after").text()).isEqualTo("after");
        assertThat(JsonMapper.builder().build().readTree(json).get("name").asString()).isEqualTo(HOSTILE);
    }

    @Test
    void noCharacterThatHtmlOrJavaScriptTreatSpeciallyIsWrittenAsItself() {
        String json = ScriptSafeJson.write(Map.of("name", HOSTILE));

        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029")
                .contains("\\u003c/script\\u003e", "\\u003c!--", "\\u0026", "\\u2028", "\\u2029");
    }
}
