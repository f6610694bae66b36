package org.evidenz.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.evidenz.shared.Language;
import org.junit.jupiter.api.Test;

/** One item at a time, in the bundle format and against the rest of the content: what editors' saves go through. */
class ItemFormatTest {

    private final List<Item> demo = ItemFormat.items(new BundleReader().readClasspath("content"));

    private Item demoItem(ItemKind kind, String id) {
        return demo.stream().filter(i -> i.kind() == kind && i.id().equals(id)
                && (i.language() == null || i.language() == Language.EN)).findFirst().orElseThrow();
    }

    private List<String> problems(ItemKind kind, String id, String text) {
        return ItemFormat.read(kind, kind.perLanguage() ? Language.EN : null, id, text, demo).problems().stream()
                .map(BundleProblem::toString).toList();
    }

    @Test
    void everyDemoItemReadsBackFromItsOwnTextUnchanged() {
        for (Item item : demo) {
            ItemReading reading = ItemFormat.read(item.kind(), item.language(), item.id(), ItemFormat.write(item),
                    demo);

            assertThat(reading.problems()).as("%s %s", item.kind(), item.id()).isEmpty();
            assertThat(reading.item()).as("%s %s", item.kind(), item.id()).isEqualTo(item);
        }
    }

    @Test
    void problemsNameTheFieldOfTheItem() {
        String text = ItemFormat.write(demoItem(ItemKind.TREATMENT, "acupuncture"))
                .replace("frequency: SOMETIMES", "frequency: OFTEN")
                .replaceFirst("      - mu-2020", "      - nobody-2020");

        assertThat(problems(ItemKind.TREATMENT, "acupuncture", text)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("harms[0].frequency: 'OFTEN' is not one of"))
                .anySatisfy(p -> assertThat(p).contains("harms[0].sources[0]: unknown source 'nobody-2020'"));
    }

    @Test
    void newItemMayNotTakeAnIdOrSlugThatIsTaken() {
        String copy = ItemFormat.write(demoItem(ItemKind.TERM, "infection"));
        String renamedCopy = copy.replace("id: infection", "id: infection-again");

        assertThat(problems(ItemKind.TERM, null, copy))
                .anySatisfy(p -> assertThat(p).endsWith("id: duplicate glossary term id 'infection'"));
        assertThat(problems(ItemKind.TERM, null, renamedCopy))
                .anySatisfy(p -> assertThat(p).endsWith("slug: duplicate glossary slug 'infection'"))
                .anySatisfy(p -> assertThat(p).endsWith("forms[0]: 'infection' already links to term 'infection'"));
    }

    @Test
    void existingItemKeepsItsId() {
        String renamed = ItemFormat.write(demoItem(ItemKind.TOPIC, "low-back-pain"))
                .replace("id: low-back-pain", "id: back-pain");

        assertThat(problems(ItemKind.TOPIC, "low-back-pain", renamed))
                .contains("topic: id: the id of an existing item cannot change");
    }

    @Test
    void articleFromFormFieldsIsReadLikeItsMarkdownFile() {
        Item article = demoItem(ItemKind.ARTICLE, "passive-treatments");

        String text = ItemFormat.text(ItemKind.ARTICLE, ItemFormat.map(article));

        assertThat(ItemFormat.read(ItemKind.ARTICLE, Language.EN, "passive-treatments", text, demo).item())
                .isEqualTo(article);
    }

    @Test
    void aNewArticleFromTheEditorHasNoFileNameItsIdMustMatch() {
        String text = ItemFormat.write(demoItem(ItemKind.ARTICLE, "passive-treatments"))
                .replace("id: passive-treatments", "id: new-article")
                .replace("slug: passive-treatments", "slug: new-article");

        ItemReading reading = ItemFormat.read(ItemKind.ARTICLE, Language.EN, null, text, demo);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.item().id()).isEqualTo("new-article");
    }

    @Test
    void anExistingArticleKeepsItsIdWithOneClearProblem() {
        String renamed = ItemFormat.write(demoItem(ItemKind.ARTICLE, "passive-treatments"))
                .replace("id: passive-treatments", "id: renamed-article");

        assertThat(problems(ItemKind.ARTICLE, "passive-treatments", renamed))
                .containsExactly("article: id: the id of an existing item cannot change");
    }

    @Test
    void aTopicWithoutSlugIsReportedAsAMissingField() {
        String text = ItemFormat.write(demoItem(ItemKind.TOPIC, "low-back-pain"))
                .replace("id: low-back-pain", "id: knee-pain").replace("slug: low-back-pain\n", "");

        assertThat(problems(ItemKind.TOPIC, null, text)).containsExactly("topic line 1: slug: required");
    }

    @Test
    void problemsInAnArticlesSectionsAreNamedByTheSectionField() {
        Map<String, Object> fields = ItemFormat.map(demoItem(ItemKind.ARTICLE, "passive-treatments"));
        fields.put("id", "heat-wraps");
        fields.put("slug", "heat-wraps");
        fields.put("sections", List.of(
                Map.of("title", "In short", "anchor", "in-short", "layer", "short-answer", "body", "Fine."),
                Map.of("title", "", "anchor", "In detail", "layer", "detail", "body", "Cites [@nobody-2020].")));

        ItemReading reading = ItemFormat.read(ItemKind.ARTICLE, Language.EN, null,
                ItemFormat.text(ItemKind.ARTICLE, fields), demo);

        assertThat(ItemFormat.located(ItemKind.ARTICLE, fields, reading.problems()).stream()
                .map(p -> p.field() + ": " + p.reason()))
                .containsExactlyInAnyOrder("sections[1].title: required",
                        "sections[1].anchor: 'In detail' is not a valid anchor: use lower-case letters, digits and "
                                + "hyphens, e.g. who-pays",
                        "sections[1].layer: 'detail' is not one of short-answer, details, studies",
                        "sections[1].body: unknown source 'nobody-2020'");
    }

    @Test
    void aLineOfThreeDashesInsideTheFrontMatterDoesNotEndIt() {
        Map<String, Object> fields = ItemFormat.map(demoItem(ItemKind.ARTICLE, "passive-treatments"));
        fields.put("summary", "First part.\n---\nSecond part.");

        ItemReading reading = ItemFormat.read(ItemKind.ARTICLE, Language.EN, "passive-treatments",
                ItemFormat.text(ItemKind.ARTICLE, fields), demo);

        assertThat(reading.problems()).isEmpty();
        assertThat(((Item.ArticleItem) reading.item()).article().summary()).isEqualTo("First part.\n---\nSecond part.");
    }

    @Test
    void severalIdsOnOneLineAreRefusedWithHowToListThem() {
        String written = ItemFormat.write(demoItem(ItemKind.FINDING, "acupuncture-chronic-pain"));
        assertThat(written).contains("\n  - mu-2020\n  - chou-2017\n");
        String text = written.replace("\n  - mu-2020\n  - chou-2017\n", "\n  - mu-2020, chou-2017\n");

        assertThat(problems(ItemKind.FINDING, "acupuncture-chronic-pain", text)).first().asString()
                .endsWith("sources[0]: 'mu-2020, chou-2017' is not a valid id: use lower-case letters, digits and "
                        + "hyphens, and put each id on a line of its own");
    }
}
