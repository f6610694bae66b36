package org.evidenz.interop.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.evidenz.bundle.BundleReader;
import org.evidenz.editorial.importing.ContentImport;
import org.evidenz.support.Chromium;
import org.evidenz.support.FixedClock;
import org.evidenz.support.Http;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.UnpublishedContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;

import nu.validator.client.EmbeddedValidator;

/**
 * {@code --export-site}: the published site as static files. The content is the demo's plus the shared draft-leak
 * fixture (a draft article, a treatment only it presents, a topic whose only article is archived), exported once
 * without a live site to send forms to and once with one. The output is checked as a static host and a browser
 * would use it: every link resolves to a file, every page is valid HTML by the Nu checker, a plain file server
 * serves it to Chromium, every .gz is its twin compressed, and nothing unpublished is in any file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:static-export;DB_CLOSE_DELAY=-1",
        "evidenz.data-dir=target/test-data/static-export", "evidenz.jobs.enabled=false",
        "evidenz.bundle.load-demo=false", "evidenz.site.base-url=" + StaticExportTest.SITE})
@Import(FixedClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticExportTest {

    static final String SITE = "https://static.example.org";
    static final String LIVE = "https://app.example.org";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    BundleReader reader;

    @Autowired
    ContentImport importer;

    @Autowired
    StaticSiteExport export;

    @TempDir
    static Path temp;

    private Path staticOnly;
    private Path withLiveSite;
    private StaticSiteExport.Summary summary;
    private String progress;

    @BeforeAll
    void exportTheSiteTwice() {
        UnpublishedContent.load(reader, importer, temp.resolve("bundle"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary = export.export(temp.resolve("static-only"), null, new PrintStream(out, true, StandardCharsets.UTF_8));
        progress = out.toString(StandardCharsets.UTF_8);
        staticOnly = summary.folder();
        withLiveSite = export.export(temp.resolve("with-live-site"), LIVE + "/", new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).folder();
    }

    @Test
    void everyLinkScriptStylesheetAndImageResolvesToAFileInTheExport() throws IOException {
        List<String> dangling = new ArrayList<>();
        int checked = 0;
        for (Path file : files(staticOnly, ".html")) {
            Document page = Jsoup.parse(Files.readString(file));
            List<String> addresses = new ArrayList<>();
            page.select("a[href], link[href]").forEach(e -> addresses.add(e.attr("href")));
            page.select("script[src], img[src], source[src], form[action]").forEach(e -> addresses.add(
                    e.hasAttr("src") ? e.attr("src") : e.attr("action")));
            for (Element element : page.select("[srcset]")) {
                for (String candidate : element.attr("srcset").split(",")) {
                    addresses.add(candidate.strip().split("\\s+")[0]);
                }
            }
            for (String address : addresses) {
                String path = internalPath(address);
                if (path != null) {
                    checked++;
                    if (resolve(staticOnly, path) == null) {
                        dangling.add(staticOnly.relativize(file) + " -> " + address);
                    }
                }
            }
        }

        assertThat(checked).as("internal links checked").isGreaterThan(4000);
        assertThat(dangling).as("links to no file of the export").isEmpty();
    }

    @Test
    void theArticlesPictureIsExportedInEveryWidthItsSrcsetNames() throws IOException {
        for (String article : List.of(ReaderPages.ARTICLE, ReaderPages.GERMAN_ARTICLE)) {
            Element img = page(staticOnly, article).selectFirst("figure.picture img");
            assertThat(img).as(article).isNotNull();
            List<String> files = new ArrayList<>();
            for (String candidate : img.attr("srcset").split(",")) {
                files.add(candidate.strip().split("\\s+")[0]);
            }
            assertThat(files).hasSize(3).allSatisfy(path -> assertThat(path).startsWith("/pictures/"));
            for (String path : files) {
                Path file = resolve(staticOnly, path);
                assertThat(file).as(path).isNotNull();
                assertThat(javax.imageio.ImageIO.read(file.toFile())).as(path).isNotNull();
            }
        }
    }

    @Test
    void everyPageTheSitemapListsIsAFileOfTheExportInBothLanguages() throws IOException {
        Document sitemap = Jsoup.parse(Files.readString(staticOnly.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> locations = sitemap.select("url > loc").eachText();

        assertThat(locations).hasSizeGreaterThan(100).allSatisfy(loc -> assertThat(loc).startsWith(SITE + "/"))
                .contains(SITE + ReaderPages.ARTICLE, SITE + ReaderPages.GERMAN_ARTICLE);
        assertThat(locations).allSatisfy(loc -> assertThat(resolve(staticOnly, internalPath(loc))).as(loc)
                .isNotNull());
        assertThat(staticOnly.resolve("en/low-back-pain/passive-treatments/index.html")).isRegularFile();
        assertThat(staticOnly.resolve("robots.txt")).content().contains("Sitemap: " + SITE + "/sitemap.xml");
        assertThat(files(staticOnly, ".atom")).extracting(f -> staticOnly.relativize(f).toString())
                .contains("en/feed.atom", "de/feed.atom", "en/low-back-pain/feed.atom",
                        "de/rueckenschmerzen/feed.atom");
    }

    @Test
    void everyExportedPageIsValidHtmlByTheNuChecker() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<Path> pages = new ArrayList<>(files(staticOnly, ".html"));
        pages.add(withLiveSite.resolve("en/low-back-pain/passive-treatments/index.html"));
        pages.add(withLiveSite.resolve("de/newsletter/index.html"));
        Map<String, String> problems = new TreeMap<>();
        for (Path page : pages) {
            String report = validator.validate(new ByteArrayInputStream(Files.readAllBytes(page)));
            List<Map<String, Object>> messages = JsonPath.<List<Map<String, Object>>>read(report, "$.messages[*]")
                    .stream().filter(m -> "error".equals(m.get("type")) || "warning".equals(m.get("subType"))
                            || "non-document-error".equals(m.get("type"))).toList();
            if (!messages.isEmpty()) {
                problems.put(page.toString(), messages.stream().map(m -> "line " + m.get("lastLine") + ": "
                        + m.get("message")).collect(Collectors.joining("; ")));
            }
        }

        assertThat(pages).hasSizeGreaterThan(150);
        assertThat(problems).as("pages with validation problems").isEmpty();
    }

    @Test
    void aPlainFileServerServesTheExportToChromiumWithItsStylesheetAndWorkingLinks() {
        HttpServer server = SimpleFileServer.createFileServer(new InetSocketAddress("127.0.0.1", 0), staticOnly,
                SimpleFileServer.OutputLevel.NONE);
        server.start();
        try {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            driver.manage().logs().get(LogType.BROWSER);
            driver.get(base + ReaderPages.ARTICLE);
            wait.until(d -> "complete".equals(script(d, "return document.readyState")));

            assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
            assertThat(driver.findElements(By.cssSelector(".treatment-card"))).hasSize(12);
            assertThat(script(driver, "return getComputedStyle(document.querySelector('.skip-link')).position"))
                    .as("the site's stylesheet applies").isEqualTo("absolute");
            assertThat(severe(driver)).as("console errors on the exported article").isEmpty();

            driver.findElement(By.cssSelector(".breadcrumbs a[href='/en/low-back-pain']")).click();
            wait.until(d -> d.getCurrentUrl().contains("/en/low-back-pain/") && !d.getCurrentUrl()
                    .contains("passive-treatments"));
            wait.until(d -> "complete".equals(script(d, "return document.readyState")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Low back pain");
            assertThat(severe(driver)).as("console errors on the topic page").isEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void everyTextFileHasAGzipTwinThatUnpacksToTheSameBytes() throws IOException {
        List<Path> text = Stream.of(".html", ".css", ".js", ".xml", ".svg", ".txt", ".atom")
                .flatMap(ending -> files(staticOnly, ending).stream()).toList();
        List<Path> zipped = files(staticOnly, ".gz");

        assertThat(zipped).hasSameSizeAs(text);
        for (Path gz : zipped) {
            Path twin = gz.resolveSibling(gz.getFileName().toString().replaceFirst("\\.gz$", ""));
            try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                assertThat(in.readAllBytes()).as(gz.toString()).isEqualTo(Files.readAllBytes(twin));
            }
        }
    }

    @Test
    void nothingUnpublishedIsInAnyExportedFile() throws IOException {
        for (Path root : List.of(staticOnly, withLiveSite)) {
            List<Path> all = files(root, "");
            assertThat(all).extracting(file -> root.relativize(file).toString())
                    .noneMatch(name -> UnpublishedContent.WORDS.stream().anyMatch(name::contains));
            for (Path file : all) {
                // Pictures are pixels only (re-encoded without metadata at upload): no text to search.
                if (!file.toString().matches(".*\\.(gz|png|jpg)")) {
                    assertThat(Files.readString(file)).as(file.toString()).doesNotContain(UnpublishedContent.WORDS);
                }
            }
        }
        assertThat(staticOnly.resolve("en/low-back-pain/passive-treatments/index.html")).isRegularFile();
        assertThat(staticOnly.resolve("en/low-back-pain/" + UnpublishedContent.DRAFT_ARTICLE)).doesNotExist();
    }

    @Test
    void withoutALiveSiteFormsAreLeftOutWithANoteInThePagesLanguage() throws IOException {
        Document article = page(staticOnly, ReaderPages.ARTICLE);
        Document german = page(staticOnly, ReaderPages.GERMAN_ARTICLE);
        Document newsletter = page(staticOnly, "/en/newsletter");

        for (Document page : List.of(article, german, newsletter)) {
            assertThat(page.select("form")).isEmpty();
            assertThat(page.select("input[name=_csrf]")).isEmpty();
        }
        assertThat(article.select("main .export-note").eachText()).hasSize(2)
                .containsOnly("This needs our full website. It does not work in this copy of its pages.");
        assertThat(german.select("main .export-note").eachText()).hasSize(2).containsOnly(
                "Dafür brauchen Sie unsere vollständige Website. In dieser Kopie ihrer Seiten geht das nicht.");
        assertThat(newsletter.select("main .export-note")).hasSize(1);
        assertThat(article.select("a[href*=/search], a[href*=/feedback], a[href*=/compare]")).isEmpty();
        assertThat(page(staticOnly, "/en/low-back-pain").select("a.button").eachAttr("href"))
                .as("a subscription link to the exported newsletter page, without the query it cannot answer")
                .contains("/en/newsletter");
    }

    @Test
    void withALiveSiteFormsAndDynamicLinksGoThere() throws IOException {
        Document article = page(withLiveSite, ReaderPages.ARTICLE);
        Document newsletter = page(withLiveSite, "/de/newsletter");

        assertThat(article.select("form").eachAttr("action")).containsExactly(LIVE + "/en/search",
                LIVE + ReaderPages.ARTICLE + "/compare", LIVE + "/en/feedback");
        assertThat(article.select("[data-suggest]")).as("suggestions would ask this static host").isEmpty();
        assertThat(newsletter.select("main form")).as("a POST form needs the live site's own page").isEmpty();
        assertThat(newsletter.select("main .export-note a").eachAttr("href")).containsExactly(LIVE
                + "/de/newsletter");
        assertThat(page(withLiveSite, "/en/low-back-pain").select("a.button").eachAttr("href"))
                .contains(LIVE + "/en/newsletter?topic=low-back-pain");
        assertThat(files(withLiveSite, ".html")).allSatisfy(file -> assertThat(Files.readString(file))
                .doesNotContain("_csrf"));
    }

    @Test
    void anExportedPageHasTheBytesTheSiteServesSaveForTheRewrittenForm() throws IOException {
        String served = new Http(port).get("/en/sources/mu-2020").body();

        String exported = Files.readString(withLiveSite.resolve("en/sources/mu-2020/index.html"));

        assertThat(exported).isEqualTo(served.replace("action=\"/en/search\"", "action=\"" + LIVE + "/en/search\"")
                .replace(" data-suggest=\"en\"", ""));
    }

    @Test
    void canonicalAndLanguageLinksNameTheStaticSitesAddress() throws IOException {
        Document article = page(staticOnly, ReaderPages.ARTICLE);

        assertThat(article.select("link[rel=canonical]").attr("href")).isEqualTo(SITE + ReaderPages.ARTICLE);
        assertThat(article.select("link[hreflang]").eachAttr("href")).containsExactlyInAnyOrder(
                SITE + ReaderPages.ARTICLE, SITE + ReaderPages.GERMAN_ARTICLE, SITE + "/");
    }

    @Test
    void theLanguageChooserOffersEveryLanguageOnOnePageWithoutScript() throws IOException {
        Document chooser = Jsoup.parse(Files.readString(staticOnly.resolve("index.html")));

        assertThat(chooser.select("script")).isEmpty();
        assertThat(chooser.select("main a").eachAttr("href")).containsExactly("/en/", "/de/");
        assertThat(chooser.select("main a").eachText()).containsExactly("Read in English", "Auf Deutsch lesen");
        assertThat(chooser.select("[lang=de]").text()).contains("Wählen Sie Ihre Sprache");
        assertThat(chooser.select("link[rel=stylesheet]").attr("href")).startsWith("/assets/css/evidenz-");
    }

    @Test
    void theNotFoundPageIsWhereStaticHostsLookForIt() throws IOException {
        assertThat(Jsoup.parse(Files.readString(staticOnly.resolve("404.html"))).select("h1").text())
                .isEqualTo("We could not find this page");
        assertThat(Jsoup.parse(Files.readString(staticOnly.resolve("de/404.html"))).select("html").attr("lang"))
                .isEqualTo("de");
    }

    @Test
    void progressAndASummaryWithFilesBytesAndSecondsAreShown() throws IOException {
        List<Path> written = files(staticOnly, "");
        long bytes = 0;
        for (Path file : written) {
            bytes += Files.size(file);
        }

        assertThat(progress).contains("Static export: pages [##############################] 100%",
                "Static export: feeds and assets [##############################] 100%");
        assertThat(summary.files()).isEqualTo(written.size());
        assertThat(summary.bytes()).isEqualTo(bytes);
        assertThat(progress).containsPattern("Static export: [\\d,]+ pages; " + String.format(Locale.ROOT,
                "%,d", written.size()) + " files .*, " + String.format(Locale.ROOT, "%,d", bytes)
                + " bytes, in [\\d.]+ s: ");
    }

    @Test
    void aFolderThatHoldsFilesIsRefusedAndLeftAsItWas() throws IOException {
        Path used = Files.createDirectories(temp.resolve("used"));
        Files.writeString(used.resolve("old.html"), "an earlier export");

        assertThatThrownBy(() -> export.export(used, null, System.out)).isInstanceOf(ExportFailedException.class)
                .hasMessageContaining("is not an empty folder");
        assertThat(files(used, "")).containsExactly(used.resolve("old.html"));
        assertThatThrownBy(() -> export.export(temp.resolve("new"), "app.example.org", System.out))
                .isInstanceOf(ExportFailedException.class).hasMessageContaining("evidenz.export.dynamic-base-url");
        assertThat(temp.resolve("new")).doesNotExist();
    }

    private static String internalPath(String address) {
        if (address.startsWith(SITE + "/")) {
            return URI.create(address).getPath();
        }
        if (address.startsWith("/") && !address.startsWith("//")) {
            return URI.create(address).getPath();
        }
        return null;
    }

    /** The file a static host answers for a path: the file itself, or the folder's index.html. */
    private static Path resolve(Path root, String path) {
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path index = file.resolve("index.html");
        return Files.isRegularFile(index) ? index : null;
    }

    private static Document page(Path root, String path) throws IOException {
        Path file = resolve(root, path);
        assertThat(file).as(path).isNotNull();
        return Jsoup.parse(Files.readString(file));
    }

    private static List<Path> files(Path root, String ending) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object script(WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static List<LogEntry> severe(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }
}
