package org.evidenz.interop.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * What the read API description says about each operation, parameter and schema. A new operation, parameter or
 * schema without words here stops the description from being served (and its test fails), so none goes out
 * undescribed.
 */
final class ApiTexts {

    /** A summary, a description and what a successful answer holds. */
    record Text(String summary, String description, String answer) {
    }

    static final String API = """
            Published patient information as JSON: topics, articles with their layered sections, treatments \
            with their evidence findings, harms, guideline recommendations and coverage, glossary terms, sources \
            with Vancouver citations, and search. Only published content is ever returned. Lists are paged \
            (page, size up to 100) and topics, articles and treatments take modifiedSince, so a partner fetches \
            only what changed; every such item carries dateModified, lastReviewed and nextReview. Every answer \
            has an ETag (send it back as If-None-Match for a 304), any web page may read the API (CORS for GET), \
            and each client may make a limited number of requests a minute (429 with Retry-After beyond). \
            Errors are RFC 9457 problem details.""";

    static final Map<String, Text> OPERATIONS = Map.of(
            "/api/v1/topics", new Text("List topics",
                    "Published topics with their published articles, in site order; all languages unless lang "
                            + "narrows them.",
                    "A page of topics."),
            "/api/v1/articles", new Text("List articles",
                    "Every published article by language, topic and position, with its dates and the address of "
                            + "its full JSON.",
                    "A page of article summaries."),
            "/api/v1/articles/{lang}/{topic}/{article}", new Text("Read an article",
                    "One published article: its sections as CommonMark with [@source-id] citations, the "
                            + "treatments it presents with their evidence, its numbered references and its other "
                            + "language versions.",
                    "The article."),
            "/api/v1/treatments", new Text("List treatments",
                    "The treatments published articles present, in reading order, optionally of one kind.",
                    "A page of treatments."),
            "/api/v1/treatments/{slug}", new Text("Read a treatment",
                    "One treatment a published article presents, with its findings, harms, recommendations and "
                            + "coverage.",
                    "The treatment."),
            "/api/v1/glossary", new Text("List glossary terms",
                    "The glossary of a language, alphabetically, definitions as CommonMark.",
                    "A page of glossary terms."),
            "/api/v1/sources/{id}", new Text("Read a source",
                    "A source's bibliographic fields and its Vancouver citation.", "The source."),
            "/api/v1/search", new Text("Search",
                    "Full-text search over published articles, treatments, glossary terms and sources, ten hits a "
                            + "page, with counts by type and a spelling suggestion.",
                    "The hits of one page."),
            "/api/v1/search/suggest", new Text("Suggest while typing",
                    "Titles that complete what was typed so far.", "The suggestions, best first."));

    static final Map<String, Text> PARAMETERS = Map.ofEntries(
            Map.entry("lang", new Text(null, "The content's language: en or de.", null)),
            Map.entry("modifiedSince", new Text(null, "Only items that changed after this ISO 8601 date-time "
                    + "with offset (encode '+' as %2B). Deleted items are not listed.", null)),
            Map.entry("page", new Text(null, "Which page, from 1.", null)),
            Map.entry("size", new Text(null, "How many items a page holds: 1 to 100, 20 when left out.", null)),
            Map.entry("kind", new Text(null, "Only treatments of this kind.", null)),
            Map.entry("topic", new Text(null, "A topic's slug.", null)),
            Map.entry("article", new Text(null, "The article's slug within its topic.", null)),
            Map.entry("slug", new Text(null, "The treatment's slug in that language.", null)),
            Map.entry("id", new Text(null, "The source's id.", null)),
            Map.entry("q", new Text(null, "The words searched for.", null)),
            Map.entry("type", new Text(null, "Only hits of this type: article, treatment, term or source.", null)),
            Map.entry("limit", new Text(null, "At most this many suggestions.", null)));

    static final Map<String, Object> EXAMPLES = Map.ofEntries(
            Map.entry("lang", "en"), Map.entry("modifiedSince", "2026-11-01T00:00:00Z"),
            Map.entry("page", new BigDecimal(1)), Map.entry("size", new BigDecimal(20)), Map.entry("kind", "PASSIVE"),
            Map.entry("topic", "low-back-pain"), Map.entry("article", "passive-treatments"),
            Map.entry("slug", "massage"), Map.entry("id", "mu-2020"), Map.entry("q", "massage"),
            Map.entry("type", "treatment"), Map.entry("limit", new BigDecimal(8)));

    static final Map<String, String> SCHEMAS = Map.ofEntries(
            Map.entry("TopicJson", "A published topic (a condition or question) with its published articles."),
            Map.entry("ArticleSummaryJson", "A published article in a list: its title, summary, dates and "
                    + "addresses (reader page and full JSON)."),
            Map.entry("ReviewJson", "When the next review is due; yearOnly when only the year is planned (due by "
                    + "its end)."),
            Map.entry("ArticleJson", "A published article with its sections, treatments, references and other "
                    + "language versions. dateModified is the last publication that changed it or its treatments; "
                    + "lastReviewed its last update or check."),
            Map.entry("TranslationJson", "For a translation: the original's language and whether the original has "
                    + "changed since."),
            Map.entry("AlternateJson", "The same article in another language: its reader page and API address."),
            Map.entry("SectionJson", "A section of an article: its anchor, layer (short-answer, details, "
                    + "background), title and CommonMark text."),
            Map.entry("ReferenceJson", "A source an article uses; number is its citation number (null for "
                    + "further sources not cited in the text)."),
            Map.entry("SourceJson", "A source's bibliographic fields, its Vancouver citation and a link to it."),
            Map.entry("Author", "An author: family and given name, or a literal name (an organisation)."),
            Map.entry("TreatmentJson", "A treatment a published article presents, with its evidence findings, "
                    + "harms, guideline recommendations and coverage rules; its review dates are those of the "
                    + "articles presenting it (the least recent last review, the earliest next review)."),
            Map.entry("Variant", "A variant of a treatment (for example a technique) that findings may be about."),
            Map.entry("FindingJson", "One evidence finding: for which condition, phase, outcome and comparator, "
                    + "the direction, size, duration and certainty (NOT_RATED when no certainty was rated)."),
            Map.entry("HarmJson", "A possible harm: how often, how serious, who is at risk and what to do."),
            Map.entry("RecommendationJson", "A guideline's recommendation about the treatment: direction and "
                    + "strength (NOT_STATED when the guideline states none)."),
            Map.entry("CoverageJson", "Who pays: a coverage rule of a payer in a jurisdiction."),
            Map.entry("TermJson", "A glossary term with its inflected forms and its definition in CommonMark."),
            Map.entry("ResultsJson", "One page of search results with counts by type and a spelling suggestion."),
            Map.entry("HitJson", "A search hit; snippet is HTML (escaped text, matched words in <mark>)."),
            Map.entry("SuggestionJson", "A suggestion while typing: the completed text and where it leads."),
            Map.entry(ApiDescription.PROBLEM, "An error as an RFC 9457 problem detail."));

    /** Properties that may be null, by schema (OpenAPI 3.1 says so with the type "null"). */
    static final Map<String, Set<String>> NULLABLE = Map.ofEntries(
            Map.entry("TopicJson", Set.of("summary", "condition", "dateModified", "lastReviewed", "nextReview")),
            Map.entry("ArticleSummaryJson", Set.of("summary", "dateModified")),
            Map.entry("ArticleJson", Set.of("summary", "dateModified", "translationOf")),
            Map.entry("SectionJson", Set.of("title")),
            Map.entry("ReferenceJson", Set.of("number")),
            Map.entry("SourceJson", Set.of("containerTitle", "volume", "issue", "pages", "articleNumber", "doi",
                    "pmid", "publisher", "publisherPlace", "collectionTitle", "collectionNumber", "reportNumber",
                    "url", "language", "note", "link")),
            Map.entry("Author", Set.of("family", "given", "literal")),
            Map.entry("TreatmentJson", Set.of("summary", "description", "mechanism", "plausibilityNote",
                    "deliveredBy", "practitionerNote", "dateModified", "lastReviewed", "nextReview")),
            Map.entry("Variant", Set.of("description")),
            Map.entry("FindingJson", Set.of("variant", "condition", "comparator", "studyBase", "statement")),
            Map.entry("HarmJson", Set.of("variant", "description", "precaution")),
            Map.entry("RecommendationJson", Set.of("jurisdiction", "condition", "statement")),
            Map.entry("CoverageJson", Set.of("jurisdiction", "payer", "note")),
            Map.entry("TermJson", Set.of("definition")),
            Map.entry("ResultsJson", Set.of("didYouMean")),
            Map.entry("HitJson", Set.of("snippet", "context")),
            Map.entry("SuggestionJson", Set.of("title")));

    private ApiTexts() {
    }
}
