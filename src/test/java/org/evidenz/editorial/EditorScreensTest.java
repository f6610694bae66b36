package org.evidenz.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.evidenz.accounts.User;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.evidenz.support.EditorClient;
import org.evidenz.support.Editorial;
import org.evidenz.support.EditorialTest;
import org.evidenz.support.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Editing through the editor's screens over real HTTP: validation, versions, differences, conflicts. */
@EditorialTest
class EditorScreensTest {

    private static final String TREATMENT = "/editor/items/treatments/en/acupuncture";
    private static final ItemKey TREATMENT_KEY = new ItemKey(ItemKind.TREATMENT, Language.EN, "acupuncture");

    @Autowired
    Editorial editorial;
    @Autowired
    ContentStore store;
    @LocalServerPort
    int port;

    EditorClient author;

    @BeforeEach
    void signIn() {
        editorial.resetContent();
        User user = editorial.user("screens-author", Role.AUTHOR);
        author = new EditorClient(port).signedInAs(user.email());
    }

    @Test
    void theFormShowsTheItemWithItsGroupsAndSavingMakesANewRevision() {
        Document form = author.page(TREATMENT);
        assertThat(form.select("input[name=name]").val()).isEqualTo("Acupuncture");
        assertThat(form.select("input[readonly][value=acupuncture]"))
                .as("the permanent id and the published address, shown not editable").hasSize(2);
        assertThat(form.select("select[name=harms[0].frequency] option[selected]").val()).isEqualTo("SOMETIMES");
        assertThat(form.select("textarea[name=harms[0].sources]").text()).contains("mu-2020");

        HttpResponse<String> saved = author.submit(form.selectFirst("form.item-form"),
                Map.of("name", "Acupuncture (needles)", "_note", "clearer name"), "save");

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(store.find(TREATMENT_KEY).orElseThrow().latestRevision()).isEqualTo(2);
        Document after = author.page(TREATMENT);
        assertThat(after.select("input[name=name]").val()).isEqualTo("Acupuncture (needles)");
        assertThat(after.text()).contains("Saved as revision 2.");
        assertThat(new Http(port).get("/en/treatments/acupuncture").body()).doesNotContain("Acupuncture (needles)");
    }

    @Test
    void aRevisionNoteOfMoreThanAThousandCharactersIsRefusedNextToTheNoteKeepingWhatWasTyped() {
        Document form = author.page(TREATMENT);
        String note = "A very thorough note. ".repeat(50);
        HttpResponse<String> response = author.submit(form.selectFirst("form.item-form"),
                Map.of("name", "Acupuncture (typed)", "_note", note), "save");

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        Element field = page.selectFirst("input[name=_note]");
        assertThat(field.val()).isEqualTo(note);
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(field.attr("aria-describedby")).text()).contains("at most 1,000 characters");
        assertThat(page.select("input[name=name]").val()).isEqualTo("Acupuncture (typed)");
        assertThat(store.find(TREATMENT_KEY).orElseThrow().latestRevision()).isEqualTo(1);
    }

    @Test
    void anInvalidFormIsRefusedFieldByFieldKeepsWhatWasTypedAndSavesNothing() {
        Document form = author.page(TREATMENT);
        HttpResponse<String> response = author.submit(form.selectFirst("form.item-form"), Map.of(
                "harms[0].frequency", "OFTEN", "harms[1].sources", "no-such-source", "summary", "",
                "description", "My unsaved description."), "save");

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select(".notice-error").text()).contains("Nothing was saved");
        Element frequency = page.selectFirst("select[name=harms[0].frequency]");
        assertThat(frequency.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(frequency.attr("aria-describedby")).text())
                .contains("'OFTEN' is not one of");
        Element sources = page.selectFirst("textarea[name=harms[1].sources]");
        assertThat(page.getElementById(sources.attr("aria-describedby")).text()).contains("no-such-source");
        Element summary = page.selectFirst("textarea[name=summary]");
        assertThat(summary.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("textarea[name=description]").text()).isEqualTo("My unsaved description.");
        assertThat(store.find(TREATMENT_KEY).orElseThrow().latestRevision()).isEqualTo(1);
    }

    @Test
    void groupEntriesAreAddedAndRemovedWithoutLosingWhatWasTyped() {
        Document form = author.page(TREATMENT);
        int harms = form.select("fieldset.group-entry legend:contains(Harms)").size();
        HttpResponse<String> added = author.submit(form.selectFirst("form.item-form"),
                Map.of("name", "Typed, not saved"), "add:harms");
        Document page = Jsoup.parse(added.body(), "http://localhost:" + port + TREATMENT);
        assertThat(page.select("input[name=harms[" + harms + "].id]")).hasSize(1);
        assertThat(page.select("input[name=name]").val()).isEqualTo("Typed, not saved");

        HttpResponse<String> removed = author.submit(page.selectFirst("form.item-form"), Map.of(), "remove:harms[0]");
        Document after = Jsoup.parse(removed.body());
        assertThat(after.select("input[name=harms[0].id]").val()).isEqualTo("acupuncture-infection");
        assertThat(store.find(TREATMENT_KEY).orElseThrow().latestRevision()).isEqualTo(1);
    }

    @Test
    void theSecondOfTwoConcurrentSavesGetsAConflictShowingWhatTheOtherChanged() {
        User other = editorial.user("screens-other", Role.AUTHOR);
        EditorClient colleague = new EditorClient(port).signedInAs(other.email());
        Document mine = author.page(TREATMENT);
        Document theirs = colleague.page(TREATMENT);

        assertThat(colleague.submit(theirs.selectFirst("form.item-form"),
                Map.of("summary", "Their new summary."), "save").statusCode()).isEqualTo(302);
        HttpResponse<String> conflict = author.submit(mine.selectFirst("form.item-form"),
                Map.of("name", "My new name"), "save");

        assertThat(conflict.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(conflict.body());
        assertThat(page.select(".conflict h2").text()).contains(other.email()).contains("revision 2");
        assertThat(page.select(".conflict ins").text()).contains("Their new summary.");
        assertThat(page.select("input[name=name]").val()).isEqualTo("My new name");
        assertThat(store.find(TREATMENT_KEY).orElseThrow().latestRevision()).isEqualTo(2);

        HttpResponse<String> again = author.submit(page.selectFirst("form.item-form"), Map.of(), "save");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(store.find(TREATMENT_KEY).orElseThrow().latestRevision()).isEqualTo(3);
    }

    @Test
    void historyDiffAndRestoreWorkOnEveryRevision() {
        Document form = author.page(TREATMENT);
        author.submit(form.selectFirst("form.item-form"), Map.of("harms[2].frequency", "VERY_RARE"), "save");
        form = author.page(TREATMENT);
        author.submit(form.selectFirst("form.item-form"), Map.of("summary", "A shorter summary."), "save");

        Document history = author.page(TREATMENT + "/history");
        assertThat(history.select("tbody tr")).hasSize(3);
        assertThat(history.select("tbody tr").last().text()).contains("imported");

        Document diff = author.page(TREATMENT + "/diff?from=1&to=3");
        assertThat(diff.select(".changes dt code").eachText()).containsExactly("summary", "harms[3].frequency");
        assertThat(diff.select(".changes del").eachText()).contains("RARE");
        assertThat(diff.select(".changes ins").eachText()).contains("VERY_RARE");

        Element restore = history.getElementById("restore-1");
        HttpResponse<String> restored = author.submit(restore, Map.of(), null);
        assertThat(restored.statusCode()).isEqualTo(302);
        assertThat(store.find(TREATMENT_KEY).orElseThrow().latestRevision()).isEqualTo(4);
        assertThat(author.page(TREATMENT + "/diff?from=1&to=4").select(".changes dt")).isEmpty();
    }

    @Test
    void aSourceShowsItsCitationAsReadersSeeIt() {
        Document page = author.page("/editor/items/sources/shared/chou-2017");
        assertThat(page.select(".citation-box").text()).contains("Chou R");
    }

    @Test
    void anArticlePreviewShowsTheUnsavedTextAsReadersWouldSeeIt() {
        Document form = author.page("/editor/items/articles/en/passive-treatments");
        Element itemForm = form.selectFirst("form.item-form");
        itemForm.attr("action", "/editor/items/articles/en/passive-treatments/preview");
        HttpResponse<String> preview = author.submit(itemForm, Map.of("summary", "Preview-only summary."), null);
        assertThat(preview.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(preview.body());
        assertThat(page.select(".lead").text()).isEqualTo("Preview-only summary.");
        assertThat(page.select(".notice-preview").text()).contains("Readers do not see this version");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(new Http(port).get("/en/low-back-pain/passive-treatments").body())
                .doesNotContain("Preview-only summary.");
    }

    @Test
    void theDashboardListsTheOverdueDemoArticleAndWhoseTurnItIs() {
        Document dashboard = author.page("/editor");
        Element overdue = dashboard.selectFirst("#overdue-heading + * table, section:has(#overdue-heading) table");
        assertThat(overdue).isNotNull();
        assertThat(overdue.text()).contains("Passive treatments for low back pain").contains("overdue since 2025")
                .contains("authors");
        assertThat(dashboard.select("section:has(#mine-heading)").text()).contains("Passive treatments");
    }
}
