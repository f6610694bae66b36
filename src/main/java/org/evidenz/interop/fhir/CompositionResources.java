package org.evidenz.interop.fhir;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenz.article.Article;
import org.evidenz.evidence.EvidenceFinding;
import org.evidenz.shared.Language;
import org.evidenz.site.Messages;
import org.evidenz.site.Pages;
import org.evidenz.treatment.TreatmentProfile;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Composition;
import org.hl7.fhir.r5.model.DateTimeType;
import org.hl7.fhir.r5.model.Enumerations.CompositionStatus;
import org.hl7.fhir.r5.model.Reference;
import org.springframework.stereotype.Component;

/**
 * One Composition per published article and language: a summary of findings, with a section per treatment and
 * outcome that points to its Evidence, in the article's order.
 */
@Component
class CompositionResources {

    private final FhirAddresses addresses;
    private final Pages pages;

    CompositionResources(FhirAddresses addresses, Pages pages) {
        this.addresses = addresses;
        this.pages = pages;
    }

    static String id(Language language, String articleId) {
        return FhirAddresses.id(language, articleId);
    }

    /**
     * @param population the Group of the article's condition, or null when its topic names none
     * @param sourceIds every source the article relies on, each of which we serve as a Citation
     */
    Composition of(Article article, String path, List<TreatmentProfile> profiles, String population,
            java.util.Collection<String> sourceIds) {
        Language language = article.language();
        Messages messages = pages.messages(language);
        Composition composition = new Composition();
        String id = id(language, article.id());
        composition.setId(id);
        composition.setLanguage(language.code());
        composition.setUrl(addresses.canonical("Composition", id));
        composition.addIdentifier().setSystem(addresses.identifierSystem("article")).setValue(article.id());
        composition.setStatus(CompositionStatus.FINAL);
        composition.setType(new CodeableConcept().setText(messages.t("fhir.composition.type")));
        // The day of the article's last update, as readers see it: a date without a time of day or zone.
        composition.setDateElement(new DateTimeType(article.updated().toString()));
        composition.addAuthor().setDisplay("Evidenz");
        composition.setTitle(article.title());
        if (population != null) {
            composition.addSubject(new Reference("Group/" + population));
        }
        composition.addRelatesTo().setType(org.hl7.fhir.r5.model.RelatedArtifact.RelatedArtifactType.DOCUMENTATION)
                .setLabel(article.title()).setDocument(new org.hl7.fhir.r5.model.Attachment()
                        .setContentType("text/html").setUrl(addresses.page(path)).setLanguage(language.code()));
        for (TreatmentProfile profile : profiles) {
            Map<String, List<EvidenceFinding>> byOutcome = new LinkedHashMap<>();
            for (EvidenceFinding finding : profile.findings()) {
                byOutcome.computeIfAbsent(finding.outcome(), k -> new java.util.ArrayList<>()).add(finding);
            }
            byOutcome.forEach((outcome, findings) -> {
                var section = composition.addSection().setTitle(profile.treatment().name() + ": " + outcome);
                findings.forEach(f -> section.addEntry(new Reference("Evidence/"
                        + EvidenceResources.evidenceId(language, f.id()))));
            });
        }
        java.util.Set<String> recommendations = new java.util.LinkedHashSet<>();
        profiles.forEach(p -> p.recommendations().forEach(r -> recommendations.add(r.recommendation().id())));
        if (!recommendations.isEmpty()) {
            var section = composition.addSection().setTitle(messages.t("fhir.section.recommendations"));
            recommendations.forEach(r -> section.addEntry(new Reference("ArtifactAssessment/"
                    + RecommendationResources.id(language, r))));
        }
        if (!sourceIds.isEmpty()) {
            var section = composition.addSection().setTitle(messages.t("fhir.section.sources"));
            sourceIds.forEach(s -> section.addEntry(new Reference("Citation/" + CitationResources.id(s))));
        }
        Narratives.set(composition, article.title(), article.summary());
        return composition;
    }
}
