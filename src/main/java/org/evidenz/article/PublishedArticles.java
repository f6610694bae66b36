package org.evidenz.article;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.evidenz.condition.Condition;
import org.evidenz.condition.Conditions;
import org.evidenz.glossary.Glossary;
import org.evidenz.glossary.Term;
import org.evidenz.prose.ProseSyntax;
import org.evidenz.shared.Language;
import org.evidenz.site.ContentVersion;
import org.evidenz.site.PublishedLanguages;
import org.evidenz.source.Reference;
import org.evidenz.source.Source;
import org.evidenz.source.Sources;
import org.evidenz.treatment.Harm;
import org.evidenz.treatment.Treatment;
import org.evidenz.treatment.TreatmentProfile;
import org.evidenz.treatment.TreatmentProfiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one door public channels use to reach articles: only published articles, only topics that have one, and
 * only treatments that a published article presents. Pages, the API and the search index all come through here,
 * so nothing unpublished can reach readers by another way.
 */
@Component
public class PublishedArticles implements PublishedLanguages {

    private final Topics topics;
    private final Articles articles;
    private final ContentVersion contentVersion;
    private final TreatmentProfiles treatmentProfiles;
    private final Conditions conditions;
    private final ArticleReviews reviews;
    private final Glossary glossary;
    private final Sources sources;
    private final AboutPages aboutPages;
    /** Lazily: the reader pages that compute an article's references start their pages with the site's languages. */
    private final ObjectProvider<ArticleReferences> references;
    /** Every page asks which languages we publish in (for its language switch); it changes only with content. */
    private volatile PublishedIn publishedIn = new PublishedIn(-1, Set.of());

    private record PublishedIn(long contentVersion, Set<Language> languages) {
    }

    PublishedArticles(Topics topics, Articles articles, ContentVersion contentVersion,
            TreatmentProfiles treatmentProfiles, Conditions conditions, ArticleReviews reviews, Glossary glossary,
            Sources sources, AboutPages aboutPages, ObjectProvider<ArticleReferences> references) {
        this.aboutPages = aboutPages;
        this.topics = topics;
        this.articles = articles;
        this.contentVersion = contentVersion;
        this.treatmentProfiles = treatmentProfiles;
        this.conditions = conditions;
        this.reviews = reviews;
        this.glossary = glossary;
        this.sources = sources;
        this.references = references;
    }

    public List<Topic> topics(Language language) {
        return topics.findPublished(language);
    }

    public Optional<Topic> topic(Language language, String slug) {
        return topics.findPublishedBySlug(language, slug);
    }

    public List<Article> articles(Language language, Topic topic) {
        return articles.findPublishedByTopic(language, topic.id());
    }

    public List<Article> articles(Language language) {
        return articles.findPublished(language);
    }

    public Optional<Article> article(Language language, Topic topic, String slug) {
        return articles.findPublished(language, topic.id(), slug);
    }

    /** The reader's address of a topic's published translation into {@code language}, found by its stable id. */
    public Optional<String> topicPath(Language language, String topicId) {
        return topics(language).stream().filter(t -> t.id().equals(topicId)).findFirst()
                .map(PublishedArticles::path);
    }

    /** The reader's address of an article's published translation into {@code language}, found by its stable id. */
    public Optional<String> articlePath(Language language, String articleId) {
        return articles.findPublished(language).stream().filter(a -> a.id().equals(articleId)).findFirst()
                .flatMap(a -> topics.findById(language, a.topicId()).map(t -> path(t, a)));
    }

    /** Ids of the treatments that published articles present, in the order the articles list them. */
    public Set<String> treatmentIds(Language language) {
        Set<String> ids = new LinkedHashSet<>();
        articles.findPublished(language).forEach(a -> ids.addAll(a.treatmentIds()));
        return ids;
    }

    /** Published articles that present a treatment. */
    public List<Article> presenting(Language language, String treatmentId) {
        return articles.findPublished(language).stream().filter(a -> a.treatmentIds().contains(treatmentId))
                .toList();
    }

    /**
     * The profiles of the treatments a published article presents, in the article's order; none for an article
     * that is not published (a treatment reaches readers only through a published article).
     */
    public List<TreatmentProfile> treatmentProfiles(Article article) {
        return article.isPublished() ? treatmentProfiles.of(article.language(), article.treatmentIds()) : List.of();
    }

    /**
     * The condition a published topic is about, in the topic's language, with its diagnosis codes; empty for a topic
     * that names none.
     */
    public Optional<Condition> conditionOf(Topic topic) {
        return topic.conditionId() == null ? Optional.empty()
                : conditions.findById(topic.language(), topic.conditionId());
    }

    public Topic topicOf(Article article) {
        return topics.findById(article.language(), article.topicId())
                .orElseThrow(() -> new IllegalStateException("Article " + article.id() + " has no topic"));
    }

    @Override
    public Set<Language> published() {
        long version = contentVersion.current();
        PublishedIn known = publishedIn;
        if (known.contentVersion() != version) {
            known = new PublishedIn(version, Collections.unmodifiableSet(languagesWithPublishedTopics()));
            publishedIn = known;
        }
        return known.languages();
    }

    private Set<Language> languagesWithPublishedTopics() {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (Language language : Language.values()) {
            if (!topics.findPublished(language).isEmpty()) {
                languages.add(language);
            }
        }
        return languages;
    }

    /** The reader's address of a topic, e.g. {@code /en/low-back-pain}. */
    public static String path(Topic topic) {
        return "/" + topic.language().code() + "/" + topic.slug();
    }

    /** The reader's address of an article, e.g. {@code /en/low-back-pain/passive-treatments}. */
    public static String path(Topic topic, Article article) {
        return path(topic) + "/" + article.slug();
    }

    /** A published article by its stable id, in {@code language}. */
    public Optional<Article> article(Language language, String articleId) {
        return articles.findPublished(language).stream().filter(a -> a.id().equals(articleId)).findFirst();
    }

    /** How the published version of an article was checked, as its page tells readers; none for an unpublished one. */
    public ReviewFacts reviewFacts(Article article) {
        return article.isPublished() ? reviews.of(article.language(), article.id()) : ReviewFacts.NONE;
    }

    /** The sources a published article's page lists, in the page's order; none for an unpublished article. */
    public List<Reference> references(Article article) {
        return article.isPublished() ? references.getObject().of(article, topicOf(article)) : List.of();
    }

    /** A treatment that a published article presents, by its stable id, in {@code language}. */
    public Optional<Treatment> treatment(Language language, String treatmentId) {
        return treatmentIds(language).contains(treatmentId)
                ? treatmentProfiles.of(language, treatmentId).map(TreatmentProfile::treatment) : Optional.empty();
    }

    /** The published pages about the site in {@code language}, by slug (only published ones are kept for readers). */
    public List<AboutPage> aboutPages(Language language) {
        return aboutPages.findAll(language);
    }

    public Optional<AboutPage> aboutPage(Language language, String slug) {
        return aboutPages.findBySlug(language, slug);
    }

    /** The reader's address of a page about the site's published translation into {@code language}. */
    public Optional<String> aboutPagePath(Language language, String pageId) {
        return aboutPages.findById(language, pageId).map(PublishedArticles::path);
    }

    /** The reader's address of a page about the site, e.g. {@code /en/about/privacy}. */
    public static String path(AboutPage page) {
        return "/" + page.language().code() + "/about/" + page.slug();
    }

    /** The glossary in {@code language}, A to Z; every term is public (terms have no drafts). */
    public List<Term> glossary(Language language) {
        return glossary.findAll(language);
    }

    public Optional<Term> glossaryTerm(Language language, String termId) {
        return glossary.findById(language, termId);
    }

    /** The sources readers can look up on the source pages (the same list {@code /{lang}/sources} shows). */
    public List<Source> sources() {
        return sources.findAll();
    }

    public Optional<Source> source(String sourceId) {
        return sources.findById(sourceId);
    }

    /** The conditions that published topics in {@code language} are about, each once, in the topics' order. */
    public List<Condition> conditions(Language language) {
        Set<String> seen = new LinkedHashSet<>();
        return topics(language).stream().map(this::conditionOf).flatMap(Optional::stream)
                .filter(condition -> seen.add(condition.id())).toList();
    }

    /**
     * The ids of every source a published article relies on: cited in its text or in its treatments' text,
     * findings, harms, recommendations (and the guidelines they come from) and coverage, then its further sources.
     * None for an article that is not published.
     */
    public Set<String> sourceIds(Article article) {
        Set<String> ids = new LinkedHashSet<>();
        if (!article.isPublished()) {
            return ids;
        }
        article.sections().forEach(section -> ids.addAll(ProseSyntax.citedSourceIds(section.body())));
        for (TreatmentProfile profile : treatmentProfiles(article)) {
            var treatment = profile.treatment();
            for (String text : Arrays.asList(treatment.description(), treatment.mechanism(),
                    treatment.plausibilityNote(), treatment.practitionerNote())) {
                ids.addAll(ProseSyntax.citedSourceIds(text));
            }
            profile.findings().forEach(finding -> ids.addAll(finding.sourceIds()));
            for (Harm harm : profile.harms()) {
                ids.addAll(ProseSyntax.citedSourceIds(harm.description()));
                ids.addAll(ProseSyntax.citedSourceIds(harm.precaution()));
                ids.addAll(harm.sourceIds());
            }
            for (TreatmentProfile.GuidelineRecommendation r : profile.recommendations()) {
                if (r.guideline().sourceId() != null) {
                    ids.add(r.guideline().sourceId());
                }
                ids.addAll(r.recommendation().sourceIds());
            }
            profile.coverage().forEach(coverage -> ids.addAll(coverage.sourceIds()));
        }
        ids.addAll(article.furtherSourceIds());
        return ids;
    }

    /**
     * The sources that published articles, in any language, rely on ({@link #sourceIds(Article)}), in the order
     * they are first relied on. A source that only drafts cite is not among them.
     */
    public List<Source> sourcesOfPublishedArticles() {
        Set<String> ids = new LinkedHashSet<>();
        for (Language language : Language.values()) {
            articles(language).forEach(article -> ids.addAll(sourceIds(article)));
        }
        return sources.findAllById(ids);
    }
}
