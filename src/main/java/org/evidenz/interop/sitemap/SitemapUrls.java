package org.evidenz.interop.sitemap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.evidenz.article.AboutPage;
import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Topic;
import org.evidenz.glossary.Term;
import org.evidenz.shared.Language;
import org.evidenz.source.Source;
import org.springframework.stereotype.Component;

/**
 * Every published reader page a search engine may list, each with its versions in the other languages. The same
 * pages and language versions the pages' own canonical and {@code hreflang} links name; pages marked
 * {@code noindex} (search results, the decision aid's comparisons, forms) are left out. Content comes only through
 * {@link PublishedArticles}. Public within interop: the static export writes exactly these pages.
 */
@Component
public class SitemapUrls {

    private final PublishedArticles published;

    SitemapUrls(PublishedArticles published) {
        this.published = published;
    }

    /** One page in one language: its path and, where we know it, when its content last changed. */
    public record Version(Language language, String path, LocalDate lastModified) {
    }

    /** The same page in every language it is published in. */
    public record Page(List<Version> versions) {
    }

    public List<Page> pages() {
        Set<Language> languages = published.published();
        Map<Language, List<Article>> articles = new EnumMap<>(Language.class);
        languages.forEach(language -> articles.put(language, published.articles(language)));
        List<Page> pages = new ArrayList<>();
        pages.add(same(languages, language -> "/" + language.code() + "/", language -> latest(articles.get(language))));
        pages.addAll(byId(languages, language -> published.topics(language), Topic::id, (language, topic) ->
                new Version(language, PublishedArticles.path(topic), latest(published.articles(language, topic)))));
        pages.addAll(byId(languages, articles::get, Article::id, (language, article) -> new Version(language,
                PublishedArticles.path(published.topicOf(article), article), article.updated())));
        pages.add(same(languages, language -> "/" + language.code() + "/treatments",
                language -> latest(articles.get(language))));
        pages.addAll(byId(languages, language -> published.treatmentIds(language).stream()
                .flatMap(id -> published.treatment(language, id).stream()).toList(), t -> t.id(),
                (language, treatment) -> new Version(language, "/" + language.code() + "/treatments/"
                        + treatment.slug(), latest(published.presenting(language, treatment.id())))));
        pages.add(same(languages, language -> "/" + language.code() + "/glossary", language -> null));
        pages.addAll(byId(languages, published::glossary, Term::id, (language, term) ->
                new Version(language, "/" + language.code() + "/glossary/" + term.slug(), null)));
        pages.add(same(languages, language -> "/" + language.code() + "/sources", language -> null));
        List<Source> sources = published.sources();
        for (Source source : sources) {
            pages.add(same(languages, language -> "/" + language.code() + "/sources/" + source.id(),
                    language -> null));
        }
        pages.add(same(languages, language -> "/" + language.code() + "/newsletter", language -> null));
        pages.add(same(languages, language -> "/" + language.code() + "/developers", language -> null));
        pages.addAll(byId(languages, published::aboutPages, AboutPage::id, (language, about) ->
                new Version(language, PublishedArticles.path(about), null)));
        return pages;
    }

    /** A page every language has at the same address after its language segment. */
    private static Page same(Set<Language> languages, Function<Language, String> path,
            Function<Language, LocalDate> lastModified) {
        return new Page(languages.stream().map(l -> new Version(l, path.apply(l), lastModified.apply(l))).toList());
    }

    /** Pages of items with a stable id across languages: one page per id, with the languages it is published in. */
    private static <T> List<Page> byId(Set<Language> languages, Function<Language, List<T>> items,
            Function<T, String> id, BiFunction<Language, T, Version> version) {
        Map<String, List<Version>> byId = new LinkedHashMap<>();
        for (Language language : languages) {
            for (T item : items.apply(language)) {
                byId.computeIfAbsent(id.apply(item), k -> new ArrayList<>()).add(version.apply(language, item));
            }
        }
        return byId.values().stream().map(Page::new).toList();
    }

    private static LocalDate latest(List<Article> articles) {
        return articles.stream().map(Article::updated).max(Comparator.naturalOrder()).orElse(null);
    }
}
