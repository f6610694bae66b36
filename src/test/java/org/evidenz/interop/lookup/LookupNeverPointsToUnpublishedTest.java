package org.evidenz.interop.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenz.interop.lookup.CdsHooksTest.SERVICE;
import static org.evidenz.interop.lookup.CdsHooksTest.bundle;
import static org.evidenz.interop.lookup.CdsHooksTest.coding;
import static org.evidenz.interop.lookup.CdsHooksTest.condition;
import static org.evidenz.interop.lookup.CdsHooksTest.patient;
import static org.evidenz.interop.lookup.CdsHooksTest.request;
import static org.evidenz.interop.lookup.InfobuttonTest.ENGLISH_ARTICLE;
import static org.evidenz.interop.lookup.InfobuttonTest.ICD_10_GM_2014;
import static org.evidenz.interop.lookup.InfobuttonTest.SNOMED;
import static org.evidenz.interop.lookup.InfobuttonTest.WHO;
import static org.evidenz.interop.lookup.InfobuttonTest.infobutton;
import static org.evidenz.interop.lookup.InfobuttonTest.parse;
import static org.evidenz.support.UnpublishedContent.NECK_PAIN_ICD;
import static org.evidenz.support.UnpublishedContent.NECK_PAIN_SNOMED;

import java.net.URI;
import java.util.List;

import org.evidenz.support.UnpublishedContent;
import org.evidenz.support.UnpublishedContentTest;
import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;
import com.rometools.rome.feed.synd.SyndFeed;

/**
 * Invariant 1 for the look-up by diagnosis code: neither the Infobutton feed nor a CDS Hooks card ever points to an
 * unpublished article, nor to a topic whose only article is archived, even when the code asked for is exactly
 * that topic's condition's. It runs on the draft-leak tests' shared application.
 */
class LookupNeverPointsToUnpublishedTest extends UnpublishedContentTest {

    @Test
    void infobuttonListsOnlyThePublishedArticleOfATopic() throws Exception {
        for (String request : List.of(infobutton(WHO, "M54.5", "en", null),
                infobutton(ICD_10_GM_2014, "M54.5", "en", null), infobutton(SNOMED, "279039007", "en", null))) {
            String atom = http.get(request).body();
            SyndFeed feed = parse(atom);
            assertThat(feed.getEntries()).as(request).extracting(e -> URI.create(e.getLink()).getPath())
                    .containsExactly(ENGLISH_ARTICLE);
            assertThat(atom).as(request).doesNotContain(UnpublishedContent.WORDS);
            String json = http.get(request + "&knowledgeResponseType=application/json").body();
            assertThat(json).as(request).doesNotContain(UnpublishedContent.WORDS);
        }
    }

    @Test
    void infobuttonNeverFindsATopicWhoseOnlyArticleIsArchived() throws Exception {
        for (String request : List.of(infobutton(WHO, NECK_PAIN_ICD, "en", null),
                infobutton(ICD_10_GM_2014, NECK_PAIN_ICD, "en", null), infobutton(SNOMED, NECK_PAIN_SNOMED, "en",
                        null), infobutton(WHO, NECK_PAIN_ICD, "en", "application/json"))) {
            String body = http.get(request).body();
            assertThat(body).as(request).doesNotContain(UnpublishedContent.WORDS);
            if (!request.endsWith("json")) {
                assertThat(parse(body).getEntries()).as(request).isEmpty();
            } else {
                assertThat(JsonPath.<List<?>>read(body, "$.feed.entry")).isEmpty();
            }
        }
    }

    @Test
    void cdsHooksNeverCardsOrLinksUnpublishedContent() {
        String conditions = bundle(
                condition(coding("http://fhir.de/CodeSystem/bfarm/icd-10-gm", "M54.5", "2014")),
                condition(coding("http://fhir.de/CodeSystem/bfarm/icd-10-gm", NECK_PAIN_ICD, "2014")),
                condition(coding("http://snomed.info/sct", NECK_PAIN_SNOMED, null)));

        String body = http.postJson(SERVICE, request(patient("en"), conditions)).body();

        assertThat(JsonPath.<List<?>>read(body, "$.cards")).as(body).hasSize(1);
        assertThat(JsonPath.<List<String>>read(body, "$.cards[*].links[*].url"))
                .extracting(url -> URI.create(url).getPath()).containsExactly(ENGLISH_ARTICLE);
        assertThat(body).doesNotContain(UnpublishedContent.WORDS);
    }
}
