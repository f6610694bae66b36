package org.evidenz.interop.export;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evidenz.interop.sitemap.SitemapUrls;
import org.evidenz.shared.Language;
import org.evidenz.shared.ProgressBar;
import org.evidenz.site.Assets;
import org.evidenz.site.LanguageChoice;
import org.evidenz.site.Pages;
import org.evidenz.site.SiteProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Writes the published site as static files for any web server or CDN: every page the sitemap lists, in every
 * language, as {@code <path>/index.html}; the Atom feeds the pages name; the sitemap and robots.txt; the static
 * assets under their plain and their fingerprinted names; a language chooser as {@code index.html}; the not-found
 * page as {@code 404.html} (and {@code <lang>/404.html}); and beside each text file its gzipped twin. Pages are
 * asked from the running application over HTTP, so they are what the site serves; only what a file cannot do is
 * changed ({@link DynamicParts}). What the export holds is what {@link SitemapUrls} lists, which reads only
 * published content, plus assets and feeds: nothing else is ever fetched.
 */
@Component
class StaticSiteExport {

    /** A path no page has: the site answers it with its not-found page. */
    private static final String MISSING = "page-not-found-in-the-static-export";
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");
    private static final Set<String> ASSET_RELS = Set.of("stylesheet", "icon", "preload", "modulepreload",
            "manifest", "apple-touch-icon");
    private static final Set<String> FEED_TYPES = Set.of("application/atom+xml", "application/rss+xml");

    private final SitemapUrls sitemap;
    private final SiteProperties site;
    private final Pages pages;
    private final Assets assets;
    private final Environment environment;
    private final ResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    StaticSiteExport(SitemapUrls sitemap, SiteProperties site, Pages pages, Assets assets, Environment environment) {
        this.sitemap = sitemap;
        this.site = site;
        this.pages = pages;
        this.assets = assets;
        this.environment = environment;
    }

    /** What an export wrote. */
    record Summary(Path folder, int pages, int files, long bytes, Duration took) {

        String describe() {
            return String.format(Locale.ROOT, "Static export: %,d pages; %,d files (text files with their .gz), "
                    + "%,d bytes, in %.1f s: %s", pages, files, bytes, took.toMillis() / 1000.0, folder);
        }
    }

    /**
     * Exports the site into {@code target}, which must not exist or be empty, showing progress on {@code out}.
     *
     * @param dynamicBaseUrl where forms and links to what cannot be static go, or null to leave them out
     */
    Summary export(Path target, String dynamicBaseUrl, PrintStream out) {
        long started = System.nanoTime();
        String dynamic = dynamicAddress(dynamicBaseUrl);
        SiteClient client = new SiteClient(port());
        ExportFolder folder = ExportFolder.create(target);
        try {
            Map<String, SiteClient.Answer> pageAnswers = fetchPages(client, out);
            Map<String, SiteClient.Answer> notFound = fetchNotFoundPages(client, languages());
            Map<String, SiteClient.Answer> files = fetchFiles(client,
                    concat(pageAnswers.values(), notFound.values()), out);

            Set<String> exported = new LinkedHashSet<>(pageAnswers.keySet());
            exported.addAll(files.keySet());
            exported.add("/");
            DynamicParts parts = new DynamicParts(path -> holds(exported, path), site.baseUrl(), dynamic,
                    pages::messages);
            pageAnswers.forEach((path, answer) -> folder.write(ExportFolder.fileFor(path, true),
                    utf8(parts.rewrite(text(answer), path))));
            notFound.forEach((file, answer) -> folder.write(file, utf8(parts.rewrite(text(answer), answer.path()))));
            folder.write("index.html", utf8(languageChooser()));
            files.forEach((path, answer) -> folder.write(ExportFolder.fileFor(path, answer.html()), answer.body()));

            Path written = folder.publish();
            Summary summary = new Summary(written, pageAnswers.size() + notFound.size() + 1, folder.files(),
                    folder.bytes(), Duration.ofNanos(System.nanoTime() - started));
            out.println(summary.describe());
            return summary;
        } catch (RuntimeException e) {
            folder.discard();
            throw e;
        }
    }

    private Map<String, SiteClient.Answer> fetchPages(SiteClient client, PrintStream out) {
        List<String> paths = sitemap.pages().stream().flatMap(page -> page.versions().stream())
                .map(SitemapUrls.Version::path).distinct().toList();
        ProgressBar bar = new ProgressBar(out, "Static export: pages", paths.size());
        Map<String, SiteClient.Answer> answers = new LinkedHashMap<>();
        for (String path : paths) {
            SiteClient.Answer answer = expect(client.get(path), 200);
            if (!answer.html()) {
                throw new ExportFailedException("GET " + path + " answered " + answer.mediaType() + ", not a page.");
            }
            answers.put(path, answer);
            bar.update(answers.size());
        }
        bar.done();
        return answers;
    }

    /** The site's not-found page: {@code 404.html}, as static hosts and CDNs look for it, and one per language. */
    private Map<String, SiteClient.Answer> fetchNotFoundPages(SiteClient client, List<Language> languages) {
        Map<String, SiteClient.Answer> answers = new LinkedHashMap<>();
        answers.put("404.html", expect(client.get("/" + MISSING), 404));
        for (Language language : languages) {
            answers.put(language.code() + "/404.html", expect(client.get("/" + language.code() + "/" + MISSING),
                    404));
        }
        return answers;
    }

    /** The assets, feeds, sitemap and robots.txt: the static folder and whatever the pages load or announce. */
    private Map<String, SiteClient.Answer> fetchFiles(SiteClient client, List<SiteClient.Answer> pageAnswers,
            PrintStream out) {
        Set<String> paths = new LinkedHashSet<>(List.of("/sitemap.xml", "/robots.txt"));
        for (String asset : staticAssets()) {
            paths.add(asset);
            paths.add(assets.url(asset));
        }
        for (SiteClient.Answer page : pageAnswers) {
            paths.addAll(referencedBy(Jsoup.parse(text(page))));
        }
        ProgressBar bar = new ProgressBar(out, "Static export: feeds and assets", paths.size());
        Map<String, SiteClient.Answer> answers = new LinkedHashMap<>();
        List<String> queue = new ArrayList<>(paths);
        for (int i = 0; i < queue.size(); i++) {
            SiteClient.Answer answer = expect(client.get(queue.get(i)), 200);
            answers.put(answer.path(), answer);
            if ("text/css".equals(answer.mediaType())) {
                for (String more : referencedByStylesheet(answer)) {
                    if (!answers.containsKey(more) && !queue.contains(more)) {
                        queue.add(more);
                    }
                }
            }
            bar.update(Math.min(answers.size(), paths.size()));
        }
        bar.done();
        return answers;
    }

    /** What a page loads (stylesheets, scripts, images, icons) and the feeds it announces, as paths. */
    private List<String> referencedBy(Document page) {
        List<String> found = new ArrayList<>();
        for (Element link : page.select("link[href]")) {
            Set<String> rels = Set.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
            boolean feed = rels.contains("alternate") && FEED_TYPES.contains(link.attr("type"));
            if (feed || rels.stream().anyMatch(ASSET_RELS::contains)) {
                addInternal(found, link.attr("href"));
            }
        }
        page.select("script[src], img[src], source[src], audio[src], video[src]")
                .forEach(element -> addInternal(found, element.attr("src")));
        page.select("video[poster]").forEach(video -> addInternal(found, video.attr("poster")));
        for (Element element : page.select("[srcset]")) {
            for (String candidate : element.attr("srcset").split(",")) {
                addInternal(found, candidate.strip().split("\\s+")[0]);
            }
        }
        return found;
    }

    private List<String> referencedByStylesheet(SiteClient.Answer stylesheet) {
        List<String> found = new ArrayList<>();
        Matcher url = CSS_URL.matcher(text(stylesheet));
        while (url.find()) {
            String reference = url.group(2).strip();
            if (!reference.startsWith("data:") && !reference.startsWith("#")) {
                addInternal(found, URI.create(stylesheet.path()).resolve(reference).toString());
            }
        }
        return found;
    }

    /** Adds the path of an address on this site (relative to the root or absolute), without query or fragment. */
    private void addInternal(List<String> found, String address) {
        String path = null;
        if (address.startsWith("/") && !address.startsWith("//")) {
            path = address;
        } else if (address.startsWith(site.baseUrl() + "/")) {
            path = address.substring(site.baseUrl().length());
        }
        if (path != null) {
            found.add(path.replaceFirst("[?#].*$", ""));
        }
    }

    /** Every file of the static folder, as the site serves it: {@code /assets/css/evidenz.css}. */
    private List<String> staticAssets() {
        try {
            List<String> paths = new ArrayList<>();
            for (Resource resource : resources.getResources("classpath:/static/**")) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf("/static/");
                if (at >= 0 && !url.endsWith("/") && resource.isReadable()) {
                    paths.add(url.substring(at + "/static".length()));
                }
            }
            return paths.stream().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the static assets: " + e.getMessage(), e);
        }
    }

    private String languageChooser() {
        List<LanguageChooser.Choice> choices = languages().stream().map(language -> new LanguageChooser.Choice(
                language, new LanguageChoice(language, null, "/").nativeName(), "/" + language.code() + "/",
                site.baseUrl() + "/" + language.code() + "/", pages.messages(language))).toList();
        StringOutput html = new StringOutput();
        templates.render("interop/language-chooser.jte", new LanguageChooser(site.name(),
                assets.url("/assets/css/evidenz.css"), assets.url("/assets/img/logo.svg"), choices,
                site.baseUrl() + "/"), html);
        return html.toString();
    }

    /** The languages whose start page the sitemap lists, in its order. */
    private List<Language> languages() {
        return sitemap.pages().stream().flatMap(page -> page.versions().stream())
                .filter(version -> version.path().equals("/" + version.language().code() + "/"))
                .map(SitemapUrls.Version::language).distinct().toList();
    }

    /** Whether a static host finds a file for the path: {@code /en/low-back-pain} and {@code /en/} alike. */
    private static boolean holds(Set<String> exported, String path) {
        return exported.contains(path) || exported.contains(path.endsWith("/")
                ? path.substring(0, path.length() - 1) : path + "/");
    }

    private static SiteClient.Answer expect(SiteClient.Answer answer, int status) {
        if (answer.status() != status) {
            throw new ExportFailedException("GET " + answer.path() + " answered " + answer.status() + " instead of "
                    + status + "; nothing was exported. The application's log says more.");
        }
        return answer;
    }

    private int port() {
        Integer port = environment.getProperty("local.server.port", Integer.class);
        if (port == null) {
            throw new ExportFailedException("The export renders pages through the application's web server, "
                    + "which is not running.");
        }
        return port;
    }

    /** The dynamic address without a trailing slash, or null when none is set. */
    static String dynamicAddress(String configured) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        String refused = "evidenz.export.dynamic-base-url must be the http or https address the live site answers at,"
                + " such as https://app.example.org, not '" + configured + "'.";
        try {
            URI uri = new URI(configured.strip());
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new ExportFailedException(refused);
            }
            return uri.toString().replaceAll("/+$", "");
        } catch (URISyntaxException e) {
            throw new ExportFailedException(refused);
        }
    }

    private static List<SiteClient.Answer> concat(Collection<SiteClient.Answer> first,
            Collection<SiteClient.Answer> second) {
        List<SiteClient.Answer> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String text(SiteClient.Answer answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
