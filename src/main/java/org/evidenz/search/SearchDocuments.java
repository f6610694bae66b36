package org.evidenz.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Section;
import org.evidenz.article.Topic;
import org.evidenz.condition.Condition;
import org.evidenz.condition.Conditions;
import org.evidenz.glossary.Glossary;
import org.evidenz.glossary.GlossaryLinks;
import org.evidenz.glossary.Term;
import org.evidenz.prose.ProseRenderer;
import org.evidenz.prose.ProseSyntax;
import org.evidenz.shared.Language;
import org.evidenz.treatment.TreatmentProfile;
import org.evidenz.treatment.TreatmentProfiles;
import org.evidenz.treatment.Variant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the index holds for a language, gathered from published content only: published articles and their
 * sections, the treatments they present, the conditions of their topics, and the glossary.
 */
@Component
class SearchDocuments {

    private final PublishedArticles published;
    private final TreatmentProfiles profiles;
    private final Conditions conditions;
    private final Glossary glossary;
    private final ProseRenderer prose;

    SearchDocuments(PublishedArticles published, TreatmentProfiles profiles, Conditions conditions,
            Glossary glossary, ProseRenderer prose) {
        this.published = published;
        this.profiles = profiles;
        this.conditions = conditions;
        this.glossary = glossary;
        this.prose = prose;
    }

    /** One consistent reading of the published content. */
    @Transactional(readOnly = true)
    List<SearchDocument> of(Language language) {
        List<SearchDocument> documents = new ArrayList<>();
        Map<String, Set<String>> topicsOfTreatment = new LinkedHashMap<>();
        for (Topic topic : published.topics(language)) {
            conditionOf(language, topic).ifPresent(documents::add);
            for (Article article : published.articles(language, topic)) {
                documents.addAll(article(topic, article));
                article.treatmentIds().forEach(id -> topicsOfTreatment
                        .computeIfAbsent(id, k -> new LinkedHashSet<>()).add(topic.id()));
            }
        }
        for (TreatmentProfile profile : profiles.of(language, List.copyOf(topicsOfTreatment.keySet()))) {
            documents.add(treatment(language, profile, topicsOfTreatment.get(profile.treatment().id())));
        }
        for (Term term : glossary.findAll(language)) {
            documents.add(new SearchDocument("term:" + term.id(), SearchType.TERM, GlossaryLinks.href(term),
                    term.term(), lines(term.forms().stream()), prose.plainText(term.definition()), List.of(), null));
        }
        return documents;
    }

    private java.util.Optional<SearchDocument> conditionOf(Language language, Topic topic) {
        if (topic.conditionId() == null) {
            return java.util.Optional.empty();
        }
        return conditions.findById(language, topic.conditionId()).map(c -> condition(topic, c));
    }

    private SearchDocument condition(Topic topic, Condition condition) {
        Stream<String> codes = condition.codes().stream().map(c -> c.system().label() + " " + c.code() + "\n"
                + c.code());
        return new SearchDocument("condition:" + condition.id(), SearchType.CONDITION, PublishedArticles.path(topic),
                condition.name(), lines(Stream.concat(condition.layNames().stream(), codes)),
                prose.plainText(condition.description()), List.of(topic.id()), topic.title());
    }

    private List<SearchDocument> article(Topic topic, Article article) {
        String path = PublishedArticles.path(topic, article);
        List<SearchDocument> documents = new ArrayList<>();
        documents.add(new SearchDocument("article:" + article.id(), SearchType.ARTICLE, path, article.title(),
                topic.title(), article.summary(), List.of(topic.id()), topic.title()));
        for (Section section : article.sections()) {
            String text = ProseSyntax.split(section.body()).stream().filter(p -> !p.isBlock())
                    .map(p -> prose.plainText(p.markdown())).collect(Collectors.joining("\n"));
            documents.add(new SearchDocument("section:" + article.id() + "/" + section.anchor(), SearchType.SECTION,
                    path + "#" + section.anchor(), section.title(), "", text, List.of(topic.id()), article.title()));
        }
        return documents;
    }

    private SearchDocument treatment(Language language, TreatmentProfile profile, Set<String> topicIds) {
        var t = profile.treatment();
        String keywords = lines(Stream.concat(t.aliases().stream(), t.variants().stream().map(Variant::name)));
        String body = Stream.of(Stream.of(t.summary(), t.description(), t.mechanism(), t.plausibilityNote(),
                                t.practitionerNote()),
                        t.variants().stream().map(Variant::description),
                        profile.findings().stream().map(f -> f.statement()),
                        profile.harms().stream().flatMap(h -> Stream.of(h.name(), h.description())))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .map(prose::plainText)
                .collect(Collectors.joining("\n"));
        return new SearchDocument("treatment:" + t.id(), SearchType.TREATMENT,
                "/" + language.code() + "/treatments/" + t.slug(), t.name(), keywords, body, List.copyOf(topicIds),
                null);
    }

    private static String lines(Stream<String> values) {
        return values.filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }
}
