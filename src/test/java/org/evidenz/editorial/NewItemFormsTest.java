package org.evidenz.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.evidenz.accounts.User;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.workflow.WorkflowState;
import org.evidenz.editorial.workflow.Workflows;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The "New" form of every kind of item, over real HTTP: what it asks for is what the rules require, and a refused
 * form says what is wrong next to the field it is about.
 */
@EditorialTest
class NewItemFormsTest {

    @Autowired
    Editorial editorial;
    @Autowired
    ContentStore store;
    @Autowired
    Workflows workflows;
    @LocalServerPort
    int port;

    EditorClient author;

    @BeforeEach
    void signIn() {
        editorial.resetContent();
        User user = editorial.user("forms-author", Role.AUTHOR);
        author = new EditorClient(port).signedInAs(user.email());
    }

    @Test
    void aNewArticleIsCreatedFromTheEmptyFormAsADraft() {
        HttpResponse<String> created = submitNew("articles", article("hot-packs", Map.of(
                "sections.count", "1", "sections[0].title", "In short", "sections[0].anchor", "in-short",
                "sections[0].layer", "short-answer", "sections[0].body", "Heat may help a little [@chou-2017].")));

        assertThat(created.statusCode()).as("refused with %s", Jsoup.parse(created.body()).select(".field-error")
                .eachText()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow())
                .endsWith("/editor/items/articles/en/hot-packs");
        assertThat(store.find(new ItemKey(ItemKind.ARTICLE, Language.EN, "hot-packs"))).isPresent();
        assertThat(workflows.find(Language.EN, "hot-packs").orElseThrow().state()).isEqualTo(WorkflowState.DRAFT);
    }

    @Test
    void anEmptyFormOfEveryKindIsRefusedWithEveryRequiredFieldMarkedAndNamedNextToIt() {
        for (ItemKind kind : ItemKind.values()) {
            HttpResponse<String> refused = submitNew(kind.plural(), Map.of());

            assertThat(refused.statusCode()).as("%s: %s", kind, refused.body()).isEqualTo(422);
            Document page = Jsoup.parse(refused.body());
            assertThat(page.select(".notice-error li")).as("%s: problems not next to a field", kind).isEmpty();
            Set<String> marked = new TreeSet<>();
            page.select("form.item-form label:has(.required)").forEach(label -> marked.add(label.attr("for")));
            page.select("form.item-form fieldset.group:has(> legend .required)").forEach(g -> marked.add(g.id()));
            Set<String> refusedFields = new TreeSet<>();
            page.select("form.item-form [aria-invalid=true], form.item-form fieldset.field-invalid")
                    .forEach(field -> refusedFields.add(field.id()));
            assertThat(refusedFields).as("%s: the fields marked as required are the fields the rules require", kind)
                    .isEqualTo(marked);
        }
    }

    @Test
    void aRefusedNewFormOfEveryKindKeepsEverythingThatWasTyped() {
        for (ItemKind kind : ItemKind.values()) {
            Document form = author.page("/editor/items/" + kind.plural() + "/new?lang=en");
            Map<String, String> typed = new HashMap<>();
            form.select("form.item-form input[type=text][name], form.item-form textarea[name]")
                    .forEach(field -> typed.put(field.attr("name"), "Typed " + field.attr("name")));

            HttpResponse<String> refused = author.submit(form.selectFirst("form.item-form"), typed, "save");

            assertThat(refused.statusCode()).as("%s", kind).isEqualTo(422);
            Document page = Jsoup.parse(refused.body());
            typed.forEach((name, value) -> {
                Element field = page.selectFirst("[name=" + name + "]");
                assertThat(field.tagName().equals("textarea") ? field.text() : field.val())
                        .as("%s %s", kind, name).isEqualTo(value);
            });
        }
    }

    @Test
    void aNewTopicWithoutAnAddressIsRefusedLikeAnyMissingField() {
        HttpResponse<String> refused = submitNew("topics", Map.of("id", "knee-pain", "title", "Knee pain",
                "summary", "Pain in or around the knee."));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(problemOf(page, "slug")).isEqualTo("required");
        assertThat(page.selectFirst("input[name=title]").val()).isEqualTo("Knee pain");
    }

    @Test
    void problemsInAnArticlesSectionsStandNextToTheSectionFieldTheyAreAbout() {
        Map<String, String> fields = new HashMap<>(Map.of("sections.count", "4"));
        fields.putAll(Map.of("sections[0].title", "In short", "sections[0].anchor", "In short",
                "sections[0].layer", "short-answer", "sections[0].body", "Heat may help [@nobody-2020]."));
        fields.putAll(Map.of("sections[1].title", "", "sections[1].anchor", "details", "sections[1].layer", "",
                "sections[1].body", "Some text.\n\n## A heading inside\n\nMore text."));
        fields.putAll(Map.of("sections[2].title", "Blank", "sections[2].anchor", "", "sections[2].layer", "",
                "sections[2].body", ""));
        fields.putAll(Map.of("sections[3].title", "Empty", "sections[3].anchor", "details",
                "sections[3].layer", "details", "sections[3].body", ""));
        HttpResponse<String> refused = submitNew("articles", article("heat-wraps", fields));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".notice-error li")).as("problems not next to a field").isEmpty();
        assertThat(problemOf(page, "sections[0].anchor")).contains("'In short' is not a valid anchor");
        assertThat(problemOf(page, "sections[0].body")).contains("unknown source 'nobody-2020'");
        assertThat(problemOf(page, "sections[1].title")).isEqualTo("required");
        assertThat(problemOf(page, "sections[1].layer")).isEqualTo("required");
        assertThat(problemOf(page, "sections[1].body")).contains("a heading inside a section starts with '### '");
        assertThat(problemOf(page, "sections[3].anchor")).contains("duplicate section anchor 'details'");
        assertThat(problemOf(page, "sections[3].body")).contains("the section 'Empty' is empty");
        assertThat(page.selectFirst("input[name=sections[2].title]").val())
                .as("an entry left blank but for its title is kept as typed").isEqualTo("Blank");
        assertThat(page.selectFirst("textarea[name=sections[1].body]").text()).contains("## A heading inside");
        assertThat(store.find(new ItemKey(ItemKind.ARTICLE, Language.EN, "heat-wraps"))).isEmpty();
    }

    @Test
    void aBlankEntryBeforeAFilledOneDoesNotMoveTheProblemsToIt() {
        HttpResponse<String> refused = submitNew("treatments", Map.ofEntries(Map.entry("id", "hot-stones"),
                Map.entry("slug", "hot-stones"), Map.entry("name", "Hot stones"), Map.entry("kind", "PASSIVE"),
                Map.entry("summary", "Warm stones laid on the back."), Map.entry("description", "Warm stones."),
                Map.entry("plausibility", "UNCLEAR"), Map.entry("harms.count", "2"),
                Map.entry("harms[1].id", "hot-stones-burns"), Map.entry("harms[1].name", "Burns"),
                Map.entry("harms[1].description", "Stones that are too hot burn the skin."),
                Map.entry("harms[1].frequency", "OFTEN"), Map.entry("harms[1].seriousness", "SERIOUS"),
                Map.entry("harms[1].sources", "chou-2017")));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(problemOf(page, "harms[1].frequency")).contains("'OFTEN' is not one of");
        assertThat(page.select("[name^=harms[0]][aria-invalid=true]")).isEmpty();
    }

    @Test
    void aFieldThatNamesAnotherItemSuggestsTheIdsThatExist() {
        Document form = author.page("/editor/items/findings/new?lang=en");

        Element condition = form.selectFirst("input[name=condition]");
        assertThat(form.select("datalist#" + condition.attr("list") + " option").eachAttr("value"))
                .containsExactly("nonspecific-low-back-pain");
        Element treatment = form.selectFirst("input[name=treatment]");
        assertThat(form.select("datalist#" + treatment.attr("list") + " option").eachAttr("value"))
                .contains("acupuncture", "massage");
    }

    @Test
    void aNewItemSentTwiceAtOnceIsCreatedOnceAndTheSecondCopyIsToldSoWithoutAServerError() throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            String id = "double-click-" + attempt;
            Map<String, String> topic = Map.of("id", id, "title", "Double click " + attempt, "slug", id,
                    "summary", "Sent twice.", "condition", "nonspecific-low-back-pain");
            Element form = author.page("/editor/items/topics/new?lang=en").selectFirst("form.item-form");
            CyclicBarrier together = new CyclicBarrier(2);
            Callable<Integer> click = () -> {
                together.await();
                return author.submit(form, topic, "save").statusCode();
            };
            ExecutorService clicks = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> answers = clicks.invokeAll(List.of(click, click));
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).as("attempt %s", attempt).allMatch(status -> status < 500).contains(302);
            } finally {
                clicks.shutdown();
            }
            assertThat(store.list(ItemKind.TOPIC, Language.EN).stream().filter(s -> s.key().id().equals(id)))
                    .hasSize(1);
        }
    }

    private static Map<String, String> article(String id, Map<String, String> more) {
        Map<String, String> fields = new HashMap<>(Map.of("id", id, "topic", "low-back-pain", "slug", id,
                "title", "Heat for back pain", "summary", "Warmth may ease back pain a little.",
                "treatments", "heat-cold"));
        fields.putAll(more);
        return fields;
    }

    private HttpResponse<String> submitNew(String kind, Map<String, String> fields) {
        Document form = author.page("/editor/items/" + kind + "/new?lang=en");
        return author.submit(form.selectFirst("form.item-form"), fields, "save");
    }

    /** The problem text shown next to a field, which the field names as describing it. */
    private static String problemOf(Document page, String name) {
        Element field = page.selectFirst("[name=" + name + "]");
        assertThat(field).as("field %s", name).isNotNull();
        assertThat(field.attr("aria-invalid")).as("%s is marked invalid", name).isEqualTo("true");
        return page.getElementById(field.attr("aria-describedby")).text();
    }
}
