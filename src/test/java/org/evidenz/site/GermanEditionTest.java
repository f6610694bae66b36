package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.evidenz.support.Http;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.ReaderSiteTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * German and English are equals: every page exists in both, says which language it is in, leads to its
 * counterpart, and a German page shows no English interface text.
 */
@ReaderSiteTest
class GermanEditionTest {

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void everyPageExistsInGermanAtItsOwnGermanAddress() {
        for (String path : ReaderPages.GERMAN) {
            int expected = ReaderPages.NOT_FOUND.contains(path) ? 404 : 200;
            var response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(expected);
            assertThat(response.body()).as(path).contains("<html lang=\"de\">");
        }
    }

    @Test
    void languageSwitchLeadsToTheSamePageInTheOtherLanguageAndBack() {
        for (int i = 0; i < ReaderPages.ENGLISH.size(); i++) {
            String english = ReaderPages.ENGLISH.get(i);
            String german = ReaderPages.GERMAN.get(i);
            if (ReaderPages.NOT_FOUND.contains(english) || english.contains("?q=")) {
                continue;
            }
            Element toGerman = page(english).selectFirst(".language-switch a[hreflang=de]");
            assertThat(toGerman).as("switch on %s", english).isNotNull();
            assertThat(toGerman.attr("href")).as("switch on %s", english)
                    .isEqualTo(german.replace("&helpful=yes", ""));
            assertThat(toGerman.text()).isEqualTo("Deutsch");
            assertThat(toGerman.attr("lang")).isEqualTo("de");
            Element toEnglish = page(german).selectFirst(".language-switch a[hreflang=en]");
            assertThat(toEnglish.attr("href")).as("switch on %s", german)
                    .isEqualTo(english.replace("&helpful=yes", ""));
            assertThat(toEnglish.text()).isEqualTo("English");
        }
    }

    @Test
    void searchPagesSwitchToTheSearchOfTheOtherLanguage() {
        assertThat(page("/en/search?q=massage").selectFirst(".language-switch a").attr("href")).isEqualTo("/de/search");
    }

    @Test
    void everyTranslatedPageNamesItsAlternatesForSearchEngines() {
        Document article = page(ReaderPages.GERMAN_ARTICLE);

        assertThat(article.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .containsExactly("en", "de", "x-default");
        assertThat(article.selectFirst("link[hreflang=en]").attr("href")).endsWith(ReaderPages.ARTICLE);
        assertThat(article.selectFirst("link[hreflang=de]").attr("href")).endsWith(ReaderPages.GERMAN_ARTICLE);
        assertThat(article.selectFirst("link[hreflang=x-default]").attr("href")).endsWith("/");
    }

    @Test
    void aPageWithoutTranslationSaysSoAndOffersTheStartPage() {
        Document missing = page("/en/no-such-page");

        Element toGerman = missing.selectFirst(".language-switch a[hreflang=de]");
        assertThat(toGerman.attr("href")).isEqualTo("/de/");
        assertThat(toGerman.text()).contains("Deutsch", "not available in German");
        assertThat(missing.select("link[rel=alternate][hreflang]")).isEmpty();
    }

    @Test
    void germanPagesUseGermanDatesAndGermanNames() {
        Document article = page(ReaderPages.GERMAN_ARTICLE);

        assertThat(article.select(".review-dates").text()).contains("5. Dezember 2022");
        assertThat(article.select("h1").text()).startsWith("Passive Behandlungen bei Kreuzschmerzen");
        assertThat(article.text()).contains("IGeL", "Gesetzliche Krankenversicherung");
        assertThat(page(ReaderPages.ARTICLE).select(".review-dates").text()).contains("December 5, 2022");
    }

    @Test
    void germanFeedsListTheGermanArticle() {
        for (String path : List.of("/de/feed.atom", "/de/rueckenschmerzen/feed.atom")) {
            var feed = http.get(path);
            assertThat(feed.statusCode()).as(path).isEqualTo(200);
            assertThat(feed.body()).as(path).contains("Passive Behandlungen bei Kreuzschmerzen")
                    .contains(ReaderPages.GERMAN_ARTICLE).doesNotContain("Passive treatments for low back pain");
        }
    }

    @Test
    void germanAndEnglishInterfaceTextHaveTheSameKeys() throws IOException {
        Map<String, String> english = messages("messages.properties");
        Map<String, String> german = messages("messages_de.properties");

        assertThat(german.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(german).allSatisfy((key, value) -> assertThat(value).as(key).isNotBlank());
    }

    @Test
    void noEnglishInterfaceTextAppearsOnAnyGermanPage() throws IOException {
        Map<String, String> english = messages("messages.properties");
        Map<String, String> german = messages("messages_de.properties");
        List<String> englishPhrases = new ArrayList<>();
        english.forEach((key, value) -> {
            for (String fragment : value.split("\\{[^}]*\\}")) {
                String phrase = fragment.strip();
                // Single words shorter than that are often German as well ("plausible", "Massage").
                boolean wordy = phrase.split("\\s+").length >= 2 || phrase.length() >= 10;
                if (wordy && phrase.chars().anyMatch(Character::isLetter) && !german.get(key).contains(phrase)) {
                    englishPhrases.add(phrase);
                }
            }
        });
        assertThat(englishPhrases).as("the check has English phrases to look for").hasSizeGreaterThan(150);

        for (String path : ReaderPages.GERMAN) {
            Document page = page(path);
            // Shared sources keep their own language (marked with lang) and the current crumb repeats the title.
            page.select("body [lang]:not([lang=de]), .breadcrumbs [aria-current]").remove();
            String text = page.body().text() + " " + page.select("[aria-label], [title], [placeholder], [alt]").stream()
                    .map(e -> e.attr("aria-label") + " " + e.attr("title") + " " + e.attr("placeholder") + " "
                            + e.attr("alt"))
                    .reduce("", String::concat);
            assertThat(englishPhrases).as("English interface text on %s", path)
                    .noneMatch(phrase -> java.util.regex.Pattern.compile("(?<!\\p{L})"
                            + java.util.regex.Pattern.quote(phrase) + "(?!\\p{L})").matcher(text).find());
        }
    }

    /** Reader templates take every word from the message bundles; only the editor's screens are English-only. */
    @Test
    void readerTemplatesHoldNoHardCodedText() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                String template = Files.readString(file);
                if (file.toString().contains("editorial") || file.startsWith(Path.of("src/main/jte/shell"))
                        || template.contains("@template.shell.layout")
                        || template.contains("EditorPage") || template.contains("href=\"/editor")) {
                    continue; // the editor's screens are English only
                }
                String text = stripCode(template);
                for (String line : text.split("\n")) {
                    if (line.chars().filter(Character::isLetter).count() > 0) {
                        found.add(file + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(found).as("literal text in reader templates").isEmpty();
    }

    /**
     * What of a template reaches the reader as literal text: no tags, expressions, directives, comments or code
     * examples.
     */
    private static String stripCode(String template) {
        String text = withoutTemplateCalls(template.replaceAll("(?s)<%--.*?--%>", ""))
                .replaceAll("(?s)<script.*?</script>", "")
                // Code examples (requests, JSON answers) read the same in every language.
                .replaceAll("(?s)<pre class=\"code-example\"[^>]*><code>.*?</code></pre>", "")
                .replaceAll("(?m)^\\s*@(import|param).*$", "")
                .replaceAll("(?m)^\\s*!\\{.*$", "");
        text = withoutExpressions(text, "${");
        text = withoutExpressions(text, "$unsafe{");
        return text.replaceAll("@(if|elseif|for)\\s*\\((?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))*\\)", "")
                .replaceAll("@(else|endif|endfor)", "")
                .replaceAll("(?s)<[^>]*>", "")
                .replaceAll("&[a-z]+;|&#\\d+;", "");
    }

    /** Replaces each {@code @template.x(a = b, content = @`…`)} by the text of its content blocks. */
    private static String withoutTemplateCalls(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int at;
        while ((at = text.indexOf("@template.", i)) >= 0) {
            out.append(text, i, at);
            int j = text.indexOf('(', at) + 1;
            int depth = 1;
            while (depth > 0 && j < text.length()) {
                if (text.startsWith("@`", j)) {
                    int k = j + 2;
                    int nesting = 1;
                    while (nesting > 0 && k < text.length()) {
                        if (text.startsWith("@`", k)) {
                            nesting++;
                            k += 2;
                        } else {
                            nesting -= text.charAt(k) == '`' ? 1 : 0;
                            k++;
                        }
                    }
                    out.append(withoutTemplateCalls(text.substring(j + 2, k - 1))).append('\n');
                    j = k;
                } else {
                    char c = text.charAt(j++);
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                }
            }
            i = j;
        }
        return out.append(text.substring(i)).toString();
    }

    /** Removes each expression opened by {@code start} up to its matching brace. */
    private static String withoutExpressions(String text, String start) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int at;
        while ((at = text.indexOf(start, i)) >= 0) {
            out.append(text, i, at);
            int j = at + start.length();
            int depth = 1;
            while (depth > 0 && j < text.length()) {
                char c = text.charAt(j++);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            i = j;
        }
        return out.append(text.substring(i)).toString();
    }

    private Document page(String path) {
        var response = http.get(path);
        return org.jsoup.Jsoup.parse(response.body(), http.base() + path);
    }

    private static Map<String, String> messages(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(GermanEditionTest.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((k, v) -> messages.put(k.toString(), v.toString()));
        return messages;
    }
}
