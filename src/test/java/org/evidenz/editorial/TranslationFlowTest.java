package org.evidenz.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.evidenz.accounts.User;
import org.evidenz.audit.AuditFilter;
import org.evidenz.audit.AuditLog;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.authoring.ItemEditor;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.workflow.ReviewPolicies;
import org.evidenz.editorial.workflow.ReviewWorkflow;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.evidenz.support.AuditEntries;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.evidenz.support.Http;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A translation records the version of the original it translates: when the original is updated, editors see the
 * translation outdated with the changes to translate, readers of the translation see an honest note, and both
 * clear once the translation is brought up to date and published.
 */
@EditorialTest
class TranslationFlowTest {

    private static final String ARTICLE = "passive-treatments";
    private static final String GERMAN_PAGE = "/de/rueckenschmerzen/passive-behandlungen";
    private static final String ENGLISH_PAGE = "/en/low-back-pain/passive-treatments";

    @Autowired
    Editorial editorial;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    ReviewPolicies policies;
    @Autowired
    ItemEditor editor;
    @Autowired
    ContentStore store;
    @Autowired
    AuditLog audit;
    @LocalServerPort
    int port;

    User author;
    User reviewer;
    User publisher;

    @BeforeEach
    void freshContentAndPeople() {
        editorial.resetContent();
        author = editorial.user("author", Role.AUTHOR);
        reviewer = editorial.user("reviewer", Role.SCIENTIFIC_REVIEWER);
        publisher = editorial.user("publisher", Role.PUBLISHER);
    }

    @Test
    void importedTranslationsAreUpToDateAndReadersAreToldTheOriginalLanguage() {
        Document german = new Http(port).page(GERMAN_PAGE);

        assertThat(german.select(".translation-note")).isEmpty();
        assertThat(german.select(".review-facts").text()).contains("Übersetzung aus dem Original auf Englisch");
        assertThat(new Http(port).page(ENGLISH_PAGE).select(".review-facts").text()).doesNotContain("Translated");
        Document overview = editorClient(author).page("/editor/translations?state=OUTDATED");
        assertThat(overview.select("table.translations tbody tr")).isEmpty();
    }

    @Test
    void updatingTheOriginalMarksTheTranslationOutdatedUntilItIsBroughtUpToDateAndPublished() {
        editorial.editSummary(Language.EN, ARTICLE,
                "An English summary that changed after the German translation was made.", author);
        publish(Language.EN);

        Document german = new Http(port).page(GERMAN_PAGE);
        Element note = german.selectFirst(".translation-note");
        assertThat(note).as("outdated note on the German page").isNotNull();
        assertThat(note.text()).contains("Diese Übersetzung ist nicht mehr aktuell", "23. November 2026");
        assertThat(note.selectFirst("a").attr("href")).isEqualTo(ENGLISH_PAGE);

        EditorClient client = editorClient(author);
        assertThat(client.page("/editor").select("#translations-heading + p").text())
                .contains("1 translation(s) outdated");
        Document overview = client.page("/editor/translations?state=OUTDATED");
        Element row = overview.select("table.translations tbody tr").stream()
                .filter(r -> r.select("th a").attr("href").equals("/editor/items/articles/en/" + ARTICLE))
                .findFirst().orElseThrow(() -> new AssertionError("the German article is not listed as outdated"));
        assertThat(row.text()).contains("Outdated");
        String changes = row.select("a:contains(Changes to translate)").attr("href");
        assertThat(client.page(changes).select("ins").text()).contains("English", "German translation");

        editorial.editSummary(Language.DE, ARTICLE,
                "Eine deutsche Zusammenfassung, die die Änderung des Originals übernimmt.", author);
        client.page("/editor/translations?state=OUTDATED");
        assertThat(client.post(row.selectFirst("form").attr("action"), List.of()).statusCode()).isEqualTo(302);
        assertThat(new Http(port).page(GERMAN_PAGE).select(".translation-note"))
                .as("readers see the update only once it is published").isNotEmpty();

        publish(Language.DE);

        assertThat(new Http(port).page(GERMAN_PAGE).select(".translation-note")).isEmpty();
        assertThat(client.page("/editor/translations?state=OUTDATED").select("table.translations tbody tr"))
                .extracting(r -> r.select("th a").attr("href"))
                .doesNotContain("/editor/items/articles/en/" + ARTICLE);
        assertThat(AuditEntries.newest(audit, new AuditFilter(author.email(),
                EditorialAction.TRANSLATION_LINKED.name(), null, null,
                null,
                null))).singleElement().satisfies(e -> assertThat(e.details()).contains("de/" + ARTICLE));
    }

    @Test
    void aReviewThatChangesNothingDoesNotMakeTheTranslationOutdated() {
        policies.set(Language.EN, ARTICLE, reviewer, false, 3, author.email());
        workflow.submit(Language.EN, ARTICLE, author, "Checked; nothing to change.");
        workflow.approve(Language.EN, ARTICLE, reviewer, null);

        assertThat(workflow.publish(Language.EN, ARTICLE, publisher, null)).isEqualTo(PublicationKind.CHECKED);

        assertThat(new Http(port).page(GERMAN_PAGE).select(".translation-note")).isEmpty();
    }

    @Test
    void aChangedTreatmentInTheArticlesScopeAlsoMarksTheTranslatedArticleOutdated() {
        ItemKey massage = new ItemKey(ItemKind.TREATMENT, Language.EN, "massage");
        var stored = store.find(massage).orElseThrow();
        Map<String, Object> fields = ItemFormat.map(store.item(massage, stored.latestRevision()));
        fields.put("summary", "A changed English summary of massage.");
        assertThat(editor.save(massage, ItemFormat.text(ItemKind.TREATMENT, fields), stored.lockVersion(), author,
                "changed").problems()).isEmpty();
        publish(Language.EN);

        assertThat(new Http(port).page(GERMAN_PAGE).select(".translation-note")).isNotEmpty();
        Element treatmentNote = new Http(port).page("/de/treatments/massage").selectFirst(".translation-note");
        assertThat(treatmentNote).as("note on the German massage page").isNotNull();
        assertThat(treatmentNote.text()).contains("hat sich geändert");
        assertThat(treatmentNote.selectFirst("a").attr("href")).isEqualTo("/en/treatments/massage");
        assertThat(new Http(port).page("/de/treatments/akupunktur").select(".translation-note"))
                .as("other treatments are still up to date").isEmpty();
        Document overview = editorClient(author).page("/editor/translations?state=OUTDATED&kind=treatments");
        assertThat(overview.select("table.translations tbody th a").eachAttr("href"))
                .containsExactly("/editor/items/treatments/en/massage");
    }

    @Test
    void theOverviewPagesThroughEveryItemFiftyAtATime() {
        EditorClient client = editorClient(author);
        Document first = client.page("/editor/translations");
        String caption = first.select("table.translations caption").text();
        int total = Integer.parseInt(caption.substring(0, caption.indexOf(' ')));

        assertThat(total).as("every item of the demo content in German (its five pages about the site too), "
                + "more than a page").isEqualTo(78);
        assertThat(first.select("table.translations tbody tr")).hasSize(50);
        assertThat(caption).endsWith("page 1 of " + (total + 49) / 50);
        Document last = client.page("/editor/translations?page=" + (total + 49) / 50);
        assertThat(last.select("table.translations tbody tr")).hasSize(total % 50 == 0 ? 50 : total % 50);
        assertThat(client.page("/editor/translations?state=CURRENT&kind=articles")
                .select("table.translations tbody tr")).hasSize(1);
    }

    @Test
    void aNewOriginalIsListedAsNotTranslatedAndTranslateStartsFromItsText() {
        String english = "id: cramp\nslug: cramp\nterm: Cramp\nforms:\n  - cramps\n"
                + "definition: A sudden, painful tightening of a muscle that you cannot control.\n";
        assertThat(editor.create(ItemKind.TERM, Language.EN, english, author).problems()).isEmpty();

        EditorClient client = editorClient(author);
        Element row = client.page("/editor/translations?state=MISSING").select("table.translations tbody tr")
                .stream().filter(r -> r.text().contains("Cramp")).findFirst()
                .orElseThrow(() -> new AssertionError("the new term is not listed as not translated"));
        Document form = client.page(row.selectFirst("a:contains(Translate)").attr("href"));
        assertThat(form.select("input[name=id]").val()).isEqualTo("cramp");
        assertThat(form.select("textarea[name=definition]").text()).contains("A sudden, painful tightening");

        var saved = client.submit(form.selectFirst("form.item-form"), Map.of("slug", "krampf", "term", "Krampf",
                "forms", "Krämpfe", "definition", "Ein Muskel zieht sich plötzlich und schmerzhaft zusammen."),
                "save");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(store.find(new ItemKey(ItemKind.TERM, Language.DE, "cramp"))).isPresent();
        assertThat(client.page("/editor/translations?state=NOT_LINKED&kind=terms").text()).contains("Cramp");
    }

    @Test
    void onlyAuthorsMayRecordATranslationAsUpToDate() {
        EditorClient client = editorClient(reviewer);
        Document overview = client.page("/editor/translations");

        assertThat(overview.select("table.translations form")).isEmpty();
        assertThat(client.post("/editor/translations/articles/de/" + ARTICLE + "/current", List.of()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void publishedAddressesStayTheSameInEveryLanguage() {
        for (Language language : Language.values()) {
            ItemKey key = new ItemKey(ItemKind.ARTICLE, language, ARTICLE);
            var stored = store.find(key).orElseThrow();
            Map<String, Object> fields = ItemFormat.map(store.item(key, stored.latestRevision()));
            fields.put("slug", "a-new-address");

            var reading = editor.save(key, ItemFormat.text(ItemKind.ARTICLE, fields), stored.lockVersion(), author,
                    "moved");

            assertThat(reading.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("slug");
                assertThat(p.reason()).contains("published addresses never change");
            });
            assertThat(store.find(key).orElseThrow().latestRevision()).isEqualTo(stored.latestRevision());
        }
        Document form = editorClient(author).page("/editor/items/articles/de/" + ARTICLE);
        assertThat(form.select("input[name=slug]")).as("no editable slug field").isEmpty();
        assertThat(form.select("input[readonly][value=passive-behandlungen]")).hasSize(1);
        assertThat(new Http(port).get(GERMAN_PAGE).statusCode()).isEqualTo(200);
        assertThat(new Http(port).get(ENGLISH_PAGE).statusCode()).isEqualTo(200);
    }

    private EditorClient editorClient(User user) {
        return new EditorClient(port).signedInAs(user.email());
    }

    private void publish(Language language) {
        policies.set(language, ARTICLE, reviewer, false, 3, author.email());
        workflow.submit(language, ARTICLE, author, "Please review.");
        workflow.approve(language, ARTICLE, reviewer, null);
        assertThat(workflow.publish(language, ARTICLE, publisher, null)).isEqualTo(PublicationKind.UPDATED);
    }
}
