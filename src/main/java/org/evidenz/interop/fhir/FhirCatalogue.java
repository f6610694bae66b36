package org.evidenz.interop.fhir;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.article.Topic;
import org.evidenz.condition.Condition;
import org.evidenz.evidence.Phase;
import org.evidenz.shared.Language;
import org.evidenz.site.ContentVersion;
import org.evidenz.source.Source;
import org.evidenz.treatment.TreatmentProfile;
import org.evidenz.treatment.TreatmentProfile.GuidelineRecommendation;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.Composition;
import org.hl7.fhir.r5.model.Resource;
import org.springframework.stereotype.Component;

/**
 * Every FHIR resource we serve, built from what {@link PublishedArticles} returns and nothing else, so a draft cannot
 * become a resource. Built once per {@link ContentVersion}: publishing moves the version on, and the next request
 * builds afresh. Callers get copies, since HAPI may touch a resource while it writes it.
 */
@Component
class FhirCatalogue {

    private final PublishedArticles published;
    private final ContentVersion contentVersion;
    private final FhirAddresses addresses;
    private final CitationResources citations;
    private final EvidenceResources evidence;
    private final RecommendationResources recommendations;
    private final CompositionResources compositions;
    private final OwnCodeSystems codeSystems;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of(), Map.of());

    /** The resources of one content version, by type and by id; the resources each document needs. */
    private record Snapshot(long version, Map<String, Map<String, Resource>> byType,
            Map<String, List<String>> documentParts) {
    }

    FhirCatalogue(PublishedArticles published, ContentVersion contentVersion, FhirAddresses addresses,
            CitationResources citations, EvidenceResources evidence, RecommendationResources recommendations,
            CompositionResources compositions, OwnCodeSystems codeSystems, Clock clock) {
        this.published = published;
        this.contentVersion = contentVersion;
        this.addresses = addresses;
        this.citations = citations;
        this.evidence = evidence;
        this.recommendations = recommendations;
        this.compositions = compositions;
        this.codeSystems = codeSystems;
        this.clock = clock;
    }

    /** All resources of a type (e.g. {@code Evidence}), in a stable order, as copies. */
    List<Resource> all(String type) {
        return current().byType().getOrDefault(type, Map.of()).values().stream().map(Resource::copy).toList();
    }

    Optional<Resource> read(String type, String id) {
        return Optional.ofNullable(current().byType().getOrDefault(type, Map.of()).get(id)).map(Resource::copy);
    }

    /** The document of a Composition: the Composition first, then every resource the article uses. */
    Optional<Bundle> document(String compositionId) {
        Snapshot current = current();
        Resource composition = current.byType().getOrDefault("Composition", Map.of()).get(compositionId);
        if (composition == null) {
            return Optional.empty();
        }
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.DOCUMENT);
        bundle.setLanguage(((Composition) composition).getLanguage());
        // Each $document call assembles a new document, and a document's identifier must be unique to it.
        bundle.getIdentifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + UUID.randomUUID());
        bundle.setTimestamp(Date.from(clock.instant()));
        for (String key : current.documentParts().get(compositionId)) {
            String[] typeAndId = key.split("/", 2);
            Resource part = current.byType().get(typeAndId[0]).get(typeAndId[1]).copy();
            bundle.addEntry().setFullUrl(addresses.canonical(typeAndId[0], typeAndId[1])).setResource(part);
        }
        return Optional.of(bundle);
    }

    private Snapshot current() {
        long version = contentVersion.current();
        Snapshot known = snapshot;
        if (known.version() != version) {
            known = build(version);
            snapshot = known;
        }
        return known;
    }

    private Snapshot build(long version) {
        Map<String, Map<String, Resource>> byType = new LinkedHashMap<>();
        Map<String, List<String>> documentParts = new LinkedHashMap<>();
        for (Source source : published.sourcesOfPublishedArticles()) {
            put(byType, citations.of(source));
        }
        for (Language language : Language.values()) {
            List<Condition> conditions = published.conditions(language);
            Map<String, TreatmentProfile> profiles = new LinkedHashMap<>();
            Map<Article, List<TreatmentProfile>> byArticle = new LinkedHashMap<>();
            for (Article article : published.articles(language)) {
                List<TreatmentProfile> ofArticle = published.treatmentProfiles(article);
                byArticle.put(article, ofArticle);
                ofArticle.forEach(p -> profiles.putIfAbsent(p.treatment().id(), p));
            }
            EvidenceResources.Built built = evidence.build(language, List.copyOf(profiles.values()), conditions);
            built.groups().forEach(r -> put(byType, r));
            built.variables().forEach(r -> put(byType, r));
            built.evidence().forEach(r -> put(byType, r));
            for (TreatmentProfile profile : profiles.values()) {
                for (GuidelineRecommendation item : profile.recommendations()) {
                    String id = RecommendationResources.id(language, item.recommendation().id());
                    if (!byType.getOrDefault("ArtifactAssessment", Map.of()).containsKey(id)) {
                        put(byType, recommendations.of(language, item, treatmentNames(profiles, item)));
                    }
                }
            }
            for (var entry : byArticle.entrySet()) {
                Article article = entry.getKey();
                Topic topic = published.topicOf(article);
                String population = published.conditionOf(topic)
                        .map(c -> EvidenceResources.groupId(language, c.id(), Phase.NOT_STATED)).orElse(null);
                Set<String> served = new LinkedHashSet<>(published.sourceIds(article));
                served.removeIf(id -> !byType.getOrDefault("Citation", Map.of())
                        .containsKey(CitationResources.id(id)));
                Composition composition = compositions.of(article, PublishedArticles.path(topic, article),
                        entry.getValue(), population, served);
                put(byType, composition);
                documentParts.put(composition.getIdPart(), parts(byType, composition, article));
            }
        }
        byType.put("CodeSystem", index(codeSystems.codeSystems()));
        byType.put("ConceptMap", index(codeSystems.conceptMaps()));
        return new Snapshot(version, byType, documentParts);
    }

    /**
     * The Composition first, then the article's recommendations and sources, and everything any of them refers to;
     * each once, and only what we serve.
     */
    private List<String> parts(Map<String, Map<String, Resource>> byType, Composition composition, Article article) {
        Language language = article.language();
        List<String> queue = new ArrayList<>();
        queue.add("Composition/" + composition.getIdPart());
        for (TreatmentProfile profile : published.treatmentProfiles(article)) {
            profile.recommendations().forEach(item -> queue.add("ArtifactAssessment/"
                    + RecommendationResources.id(language, item.recommendation().id())));
        }
        published.sourceIds(article).forEach(id -> queue.add("Citation/" + CitationResources.id(id)));
        Set<String> parts = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            String key = queue.removeFirst();
            String[] typeAndId = key.split("/", 2);
            Resource resource = byType.getOrDefault(typeAndId[0], Map.of()).get(typeAndId[1]);
            if (resource != null && parts.add(key)) {
                queue.addAll(FhirR5.referencesIn(resource));
            }
        }
        return List.copyOf(parts);
    }

    private static String treatmentNames(Map<String, TreatmentProfile> profiles, GuidelineRecommendation item) {
        return item.recommendation().treatmentIds().stream().map(profiles::get).filter(p -> p != null)
                .map(p -> p.treatment().name()).collect(Collectors.joining(", "));
    }

    private static void put(Map<String, Map<String, Resource>> byType, Resource resource) {
        byType.computeIfAbsent(resource.fhirType(), k -> new LinkedHashMap<>()).put(resource.getIdPart(), resource);
    }

    private static Map<String, Resource> index(List<? extends Resource> resources) {
        Map<String, Resource> byId = new LinkedHashMap<>();
        resources.forEach(r -> byId.put(r.getIdPart(), r));
        return byId;
    }
}
