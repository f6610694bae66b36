package org.evidenz.article.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.evidenz.article.Article;
import org.evidenz.article.ArticleReferences;
import org.evidenz.article.Section;
import org.evidenz.article.Topic;
import org.evidenz.glossary.GlossaryLinks;
import org.evidenz.prose.ProseContext;
import org.evidenz.prose.ProseFigures;
import org.evidenz.prose.ProseRenderer;
import org.evidenz.prose.ProseSyntax;
import org.evidenz.shared.Language;
import org.evidenz.site.ContentVersion;
import org.evidenz.site.Pages;
import org.evidenz.source.Bibliography;
import org.evidenz.source.Reference;
import org.evidenz.treatment.ComparisonRow;
import org.evidenz.treatment.Treatment;
import org.evidenz.treatment.TreatmentCard;
import org.evidenz.treatment.TreatmentCards;
import org.evidenz.treatment.TreatmentKind;
import org.evidenz.treatment.TreatmentProfile;
import org.evidenz.treatment.TreatmentProfiles;
import org.springframework.stereotype.Service;

/**
 * Assembles {@link ArticleView}s. Prose and blocks are rendered strictly in reading order through one
 * {@link ProseContext}, so citation numbers count up down the page and each glossary term is linked where it first
 * appears. Views are cached per {@link ContentVersion}; nothing in them depends on the day or the reader.
 */
@Service
class ArticleViews implements ArticleReferences {

    private final TreatmentProfiles profiles;
    private final TreatmentCards cards;
    private final ProseRenderer prose;
    private final GlossaryLinks glossary;
    private final Bibliography bibliography;
    private final Pages pages;
    private final ContentVersion version;
    private final ProseFigures pictures;
    private final Map<Key, ArticleView> cache = new ConcurrentHashMap<>();

    ArticleViews(TreatmentProfiles profiles, TreatmentCards cards, ProseRenderer prose, GlossaryLinks glossary,
            Bibliography bibliography, Pages pages, ContentVersion version, ProseFigures pictures) {
        this.pictures = pictures;
        this.profiles = profiles;
        this.cards = cards;
        this.prose = prose;
        this.glossary = glossary;
        this.bibliography = bibliography;
        this.pages = pages;
        this.version = version;
    }

    ArticleView view(Article article, Topic topic) {
        long current = version.current();
        cache.keySet().removeIf(key -> key.version() != current);
        return cache.computeIfAbsent(new Key(article.language(), article.id(), current), key -> build(article, topic));
    }

    @Override
    public List<Reference> of(Article article, Topic topic) {
        ArticleView view = view(article, topic);
        return Stream.concat(view.references().stream(), view.furtherSources().stream()).toList();
    }

    /** A view of an unpublished version: built fresh each time and never cached. */
    ArticleView preview(Article draft, Topic topic) {
        return build(draft, topic);
    }

    private ArticleView build(Article article, Topic topic) {
        Language language = article.language();
        ProseContext context = new ProseContext(glossary.links(language),
                pages.messages(language).t("citation.source"), pictures.in(language));
        List<TreatmentProfile> all = profiles.of(language, article.treatmentIds());
        List<TreatmentProfile> passive = all.stream()
                .filter(p -> p.treatment().kind() == TreatmentKind.PASSIVE).toList();
        List<TreatmentCard> renderedCards = new ArrayList<>();
        List<ArticleView.SectionView> sections = new ArrayList<>();
        for (Section section : article.sections()) {
            List<ArticleView.Part> parts = new ArrayList<>();
            for (ProseSyntax.Part part : ProseSyntax.split(section.body())) {
                parts.add(part.isBlock() ? block(part.block(), all, passive, context, renderedCards)
                        : new ArticleView.Prose(prose.render(part.markdown(), context)));
            }
            sections.add(new ArticleView.SectionView(section, parts));
        }
        List<String> cited = context.citedSourceIds();
        return new ArticleView(article, topic, sections, renderedCards, bibliography.numbered(cited),
                bibliography.unnumbered(article.furtherSourceIds(), cited),
                all.stream().map(TreatmentProfile::treatment).toList(),
                article.leadImageId() == null ? null : pictures.in(language).apply(article.leadImageId()));
    }

    private ArticleView.Part block(String name, List<TreatmentProfile> all, List<TreatmentProfile> passive,
            ProseContext context, List<TreatmentCard> renderedCards) {
        return switch (name) {
            case "comparison-table" -> new ArticleView.ComparisonTable(passive.stream()
                    .map(p -> new ComparisonRow(p, "treatment-" + p.treatment().id())).toList());
            case "treatment-cards" -> {
                List<TreatmentCard> rendered = passive.stream().map(p -> cards.render(p, context)).toList();
                renderedCards.addAll(rendered);
                yield new ArticleView.TreatmentCards(rendered);
            }
            case "active-treatments" -> new ArticleView.ActiveTreatments(all.stream()
                    .map(TreatmentProfile::treatment).filter(t -> t.kind() == TreatmentKind.ACTIVE).toList());
            case "recommendations" -> new ArticleView.Recommendations(recommendations(all, context));
            case "coverage" -> new ArticleView.CoverageRules(coverage(all, context));
            default -> throw new IllegalStateException("Unknown block {{" + name + "}}; the bundle reader checks "
                    + "block names, so this article did not come through it");
        };
    }

    private List<ArticleView.RecommendationItem> recommendations(List<TreatmentProfile> all, ProseContext context) {
        Map<String, ArticleView.RecommendationItem> items = new LinkedHashMap<>();
        for (TreatmentProfile profile : all) {
            for (TreatmentProfile.GuidelineRecommendation r : profile.recommendations()) {
                items.computeIfAbsent(r.recommendation().id(), id -> new ArticleView.RecommendationItem(
                        r.guideline(), r.recommendation(), treatmentsIn(all, r.recommendation().treatmentIds()),
                        prose.renderInline(r.recommendation().statement(), context),
                        context.citationHtml(r.recommendation().sourceIds())));
            }
        }
        return List.copyOf(items.values());
    }

    private List<ArticleView.CoverageItem> coverage(List<TreatmentProfile> all, ProseContext context) {
        Map<String, ArticleView.CoverageItem> items = new LinkedHashMap<>();
        for (TreatmentProfile profile : all) {
            for (var coverage : profile.coverage()) {
                items.computeIfAbsent(coverage.id(), id -> new ArticleView.CoverageItem(coverage,
                        treatmentsIn(all, coverage.treatmentIds()), prose.renderInline(coverage.note(), context),
                        context.citationHtml(coverage.sourceIds())));
            }
        }
        return List.copyOf(items.values());
    }

    /** The article's treatments among {@code ids}, in the article's order. */
    private static List<Treatment> treatmentsIn(List<TreatmentProfile> all, List<String> ids) {
        return all.stream().map(TreatmentProfile::treatment).filter(t -> ids.contains(t.id())).toList();
    }

    private record Key(Language language, String articleId, long version) {
    }
}
