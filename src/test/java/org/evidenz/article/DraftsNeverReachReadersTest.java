package org.evidenz.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.evidenz.support.UnpublishedContentTest;
import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

/**
 * Invariant 1: a draft or archived article never appears in a public channel, nor does a topic or treatment that
 * only unpublished articles present. Checked on the reader pages, the API and search; the other channels have
 * tests of their own on the same content ({@link UnpublishedContentTest}).
 */
class DraftsNeverReachReadersTest extends UnpublishedContentTest {

    @Test
    void unpublishedArticlesAndTheirTopicsAnswerNotFound() {
        assertThat(http.get("/en/low-back-pain/draft-article").statusCode()).isEqualTo(404);
        assertThat(http.get("/en/neck-pain").statusCode()).isEqualTo(404);
        assertThat(http.get("/en/neck-pain/archived-article").statusCode()).isEqualTo(404);
        assertThat(http.get("/en/treatments/unpublished-treatment").statusCode()).isEqualTo(404);
        assertThat(http.get("/en/low-back-pain/passive-treatments").statusCode()).as("the published article")
                .isEqualTo(200);
    }

    @Test
    void noPageListsOrLinksUnpublishedContent() {
        for (String path : List.of("/en/", "/en/low-back-pain", "/en/treatments",
                "/en/low-back-pain/passive-treatments")) {
            assertThat(http.get(path).body()).as(path)
                    .doesNotContain("Draft Article Title", "Archived Article Title", "Neck pain", "Secret Treatment",
                            "draft-article", "archived-article", "unpublished-treatment");
        }
    }

    @Test
    void searchNeverFindsUnpublishedContent() {
        for (String words : List.of("Secret Treatment", "Draft Article Title", "Archived Article Title", "Neck pain",
                "Not for readers")) {
            String query = java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(http.get("/en/search?q=" + query).body()).as(words)
                    .doesNotContain("draft-article", "archived-article", "unpublished-treatment", "neck-pain");
            assertThat(http.get("/api/v1/search?lang=en&q=" + query).body()).as(words)
                    .doesNotContain("draft-article", "archived-article", "unpublished-treatment", "neck-pain");
            assertThat(http.get("/api/v1/search/suggest?lang=en&q=" + query).body()).as(words)
                    .doesNotContain("Secret", "Draft Article", "Archived", "Neck");
        }
        assertThat(http.get("/api/v1/search?lang=en&q=massage").body()).as("the published content is found")
                .contains("treatment:massage");
    }

    @Test
    void apiNeverReturnsUnpublishedContent() {
        String topics = http.get("/api/v1/topics?lang=en").body();
        assertThat(JsonPath.<List<String>>read(topics, "$.items[*].slug")).containsExactly("low-back-pain");
        assertThat(JsonPath.<List<String>>read(topics, "$.items[0].articles[*].slug"))
                .containsExactly("passive-treatments");
        assertThat(JsonPath.<List<String>>read(http.get("/api/v1/articles?lang=en&size=100").body(),
                "$.items[*].slug")).containsExactly("passive-treatments");

        assertThat(http.get("/api/v1/articles/en/low-back-pain/draft-article").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/articles/en/neck-pain/archived-article").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/treatments?lang=en").body()).doesNotContain("unpublished-treatment");
        assertThat(http.get("/api/v1/treatments/unpublished-treatment?lang=en").statusCode()).isEqualTo(404);
    }
}
