package org.evidenz.editorial.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.evidenz.accounts.User;
import org.evidenz.audit.AuditEntry;
import org.evidenz.audit.AuditFilter;
import org.evidenz.audit.AuditLog;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.shell.Role;
import org.evidenz.source.Source;
import org.evidenz.support.AuditEntries;
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

import com.jayway.jsonpath.JsonPath;

import nu.validator.client.EmbeddedValidator;

/**
 * An author imports references over HTTP as the browser sends them: a file or pasted text, a preview with citations,
 * problems and likely duplicates, then the ticked ones become draft sources, audited, in one step.
 */
@EditorialTest
class ReferenceImportTest {

    private static final String IMPORT = "/editor/sources/import";

    @LocalServerPort
    int port;
    @Autowired
    Editorial editorial;
    @Autowired
    ContentStore store;
    @Autowired
    AuditLog audit;

    private User author;
    private EditorClient client;

    @BeforeEach
    void signIn() {
        editorial.resetContent();
        author = editorial.user("import-author", Role.AUTHOR);
        client = new EditorClient(port).signedInAs(author.email());
        client.page(IMPORT);
    }

    @Test
    void anUploadedRisFileIsPreviewedAsReadersWillSeeItWithTheSourcesWeHaveAlready() {
        HttpResponse<String> response = client.postFile(IMPORT, List.of("format", ""), "file", "zotero.ris",
                ExportedReferencesTest.text("zotero.ris"));
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h2#preview-heading").text()).contains("RIS").contains("recognised");
        List<Element> entries = page.select("li.import-candidate");
        assertThat(entries).hasSize(3);
        assertThat(entries.getFirst().select(".citation-box").text()).startsWith("Chou R, Deyo R, Friedly J. "
                + "Nonpharmacologic Therapies for Low Back Pain").contains("Ann Intern Med").contains("2017");
        assertThat(entries.getFirst().select(".duplicates li").text()).isEqualTo("chou-2017 (same DOI)");
        assertThat(entries.get(1).select(".duplicates li").text()).isEqualTo("mu-2020 (same DOI)");
        assertThat(entries.get(2).select(".duplicates li").text()).as("no DOI: found by its title")
                .isEqualTo("wu-2018 (same title)");
        assertThat(entries.getFirst().select("input[name=id.1]").val()).isEqualTo("chou-2017-b");
        assertThat(page.select("input[name=entry][checked]")).as("likely duplicates are not ticked").isEmpty();
        assertThat(page.select("form[action$=/create] input[name=text]").val()).contains("TY  - JOUR");
    }

    @Test
    void theTickedReferencesBecomeAuditedDraftSourcesAndTheOthersDoNot() {
        Document preview = Jsoup.parse(client.postFile(IMPORT, List.of("format", "medline", "text",
                ExportedReferencesTest.text("pubmed.nbib")), "file", null, null).body(), "http://localhost:" + port);
        Element create = preview.selectFirst("form[action$=/create]");
        int sourcesBefore = store.list(ItemKind.SOURCE, null).size();

        HttpResponse<String> response = client.submit(create, Map.of("entry", "1", "id.1", "chou-2017-acp"), null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/editor/items/sources"));
        assertThat(store.list(ItemKind.SOURCE, null)).hasSize(sourcesBefore + 1);
        ItemKey key = new ItemKey(ItemKind.SOURCE, null, "chou-2017-acp");
        StoredItem stored = store.find(key).orElseThrow();
        assertThat(stored.publishedRevision()).as("a draft").isNull();
        assertThat(stored.latestRevision()).isEqualTo(1);
        Source source = store.source(key, 1);
        assertThat(source.doi()).isEqualTo("10.7326/M16-2459");
        assertThat(source.containerTitle()).isEqualTo("Ann Intern Med");
        List<String> actions = AuditEntries.newest(audit, new AuditFilter(author.email(), null, ItemKind.SOURCE,
                "chou-2017-acp", null, null)).stream().map(AuditEntry::action).toList();
        assertThat(actions).containsExactlyInAnyOrder("ITEM_CREATED", "REFERENCES_IMPORTED");
        assertThat(store.find(new ItemKey(ItemKind.SOURCE, null, "chenot-2017-b"))).isEmpty();
        Document list = client.page("/editor/items/sources");
        assertThat(list.select("[role=status]").text()).isEqualTo("Created 1 draft source: chou-2017-acp.");
    }

    @Test
    void aReferenceWithProblemsShowsThemAndCannotBeCreated() {
        String untitled = "TY  - JOUR\nAU  - Franke, H.\nJO  - Cochrane Database Syst Rev\nER  - \n";
        HttpResponse<String> response = client.postFile(IMPORT, List.of("format", "ris", "text", untitled), "file",
                null, null);
        Document page = Jsoup.parse(response.body(), "http://localhost:" + port);
        Element entry = page.selectFirst("li.import-candidate");
        assertThat(entry.select(".problems li").eachText()).contains("title: missing: the file has no value for it",
                "year: missing: the file has no value for it");
        assertThat(entry.selectFirst("input[name=entry]").hasAttr("disabled")).isTrue();
        int sourcesBefore = store.list(ItemKind.SOURCE, null).size();

        HttpResponse<String> forced = client.submit(page.selectFirst("form[action$=/create]"), Map.of("entry", "1"),
                null);

        assertThat(forced.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(forced.body()).select("[role=alert]").text()).contains("Nothing was created");
        assertThat(store.list(ItemKind.SOURCE, null)).hasSize(sourcesBefore);
    }

    @Test
    void aMalformedFileGetsAMessagePerEntryAndCreatesNothing() {
        String malformed = ExportedReferencesTest.text("malformed.bib");
        HttpResponse<String> response = client.postFile(IMPORT, List.of("format", ""), "file", "malformed.bib",
                malformed);
        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select(".import-unreadable li").eachText()).hasSize(2)
                .anySatisfy(m -> assertThat(m).startsWith("Entry 2: ").contains("mu_acupuncture_2020"))
                .anySatisfy(m -> assertThat(m).startsWith("Entry 3: "));
        assertThat(page.select("form[action$=/create]")).as("nothing to create from it").isEmpty();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        int sourcesBefore = store.list(ItemKind.SOURCE, null).size();

        HttpResponse<String> forced = client.postFile(IMPORT + "/create", List.of("format", "bibtex", "text",
                malformed, "entry", "1"), "file", null, null);

        assertThat(forced.statusCode()).isEqualTo(422);
        assertThat(store.list(ItemKind.SOURCE, null)).hasSize(sourcesBefore);
        assertThat(store.find(new ItemKey(ItemKind.SOURCE, null, "franke-2014-b"))).isEmpty();
    }

    @Test
    void textInNoKnownFormatIsRefusedAndTheFormKeepsWhatWasPasted() {
        String pasted = "Chou R, Deyo R, Friedly J et al. Ann Intern Med 2017; 166(7): 493-505.";
        HttpResponse<String> response = client.postFile(IMPORT, List.of("format", "", "text", pasted), "file",
                null, null);
        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("textarea#text").wholeText()).contains(pasted);
        assertThat(page.select(".import-unreadable li").text()).contains("format could not be recognised");
    }

    @Test
    void aFileOverTenMegabytesIsRefusedWithoutAStackTraceAndCreatesNothing() {
        int sourcesBefore = store.list(ItemKind.SOURCE, null).size();
        String huge = ExportedReferencesTest.text("pubmed.nbib").repeat(11 * 1024 * 1024 / 1000);
        HttpResponse<String> response = client.postFile(IMPORT, List.of("format", "medline"), "file", "huge.nbib",
                huge);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("What you sent is too large");
        assertThat(response.body()).contains("files up to 10 MB").doesNotContain("Exception");
        assertThat(store.list(ItemKind.SOURCE, null)).hasSize(sourcesBefore);
    }

    @Test
    void withoutTheCsrfTokenNeitherThePreviewNorTheImportIsAccepted() {
        int sourcesBefore = store.list(ItemKind.SOURCE, null).size();
        String text = ExportedReferencesTest.text("pubmed.nbib");
        assertThat(client.postWithoutToken(IMPORT, List.of("text", text)).statusCode()).isEqualTo(403);
        assertThat(client.postWithoutToken(IMPORT + "/create", List.of("text", text, "format", "medline",
                "entry", "1")).statusCode()).isEqualTo(403);
        assertThat(store.list(ItemKind.SOURCE, null)).hasSize(sourcesBefore);
    }

    @Test
    void aRoleThatMayNotCreateSourcesMayNotImportThem() {
        EditorClient reviewer = new EditorClient(port).signedInAs(editorial.user("import-reviewer",
                Role.SCIENTIFIC_REVIEWER, Role.PUBLISHER).email());
        reviewer.page("/editor");
        assertThat(reviewer.get(IMPORT).statusCode()).isEqualTo(403);
        assertThat(reviewer.postFile(IMPORT, List.of("text", "TY  - JOUR\nER  - \n"), "file", null, null)
                .statusCode()).isEqualTo(403);
        assertThat(reviewer.postFile(IMPORT + "/create", List.of("text", ExportedReferencesTest.text("pubmed.nbib"),
                "format", "medline", "entry", "1"), "file", null, null).statusCode()).isEqualTo(403);
    }

    @Test
    void theFormAndThePreviewAreValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> problems = new ArrayList<>();
        problems.addAll(problems(validator, "form", client.get(IMPORT)));
        for (String file : List.of("zotero.ris", "zotero.bib", "pubmed.xml")) {
            problems.addAll(problems(validator, file, client.postFile(IMPORT, List.of("format", ""), "file", file,
                    ExportedReferencesTest.text(file))));
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> problems(EmbeddedValidator validator, String what, HttpResponse<String> response)
            throws Exception {
        assertThat(response.statusCode()).as(what).isEqualTo(200);
        String report = validator.validate(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        return JsonPath.<List<Map<String, Object>>>read(report, "$.messages[*]").stream()
                .filter(m -> "error".equals(m.get("type")) || "warning".equals(m.get("subType")))
                .map(m -> what + " line " + m.get("lastLine") + ": " + m.get("message")).toList();
    }
}
