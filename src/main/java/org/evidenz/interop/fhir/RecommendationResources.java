package org.evidenz.interop.fhir;

import org.evidenz.evidence.Guideline;
import org.evidenz.evidence.Recommendation;
import org.evidenz.evidence.RecommendationStrength;
import org.evidenz.shared.Language;
import org.evidenz.treatment.TreatmentProfile.GuidelineRecommendation;
import org.hl7.fhir.r5.model.ArtifactAssessment;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.RelatedArtifact;
import org.springframework.stereotype.Component;

/**
 * One ArtifactAssessment per guideline recommendation and language, with the core R5 profile for recommendations:
 * what the guideline recommends (our CodeSystem) and how strongly (left out when our source does not say), the
 * guideline itself as the Citation to cite it by, and the sources it rests on.
 */
@Component
class RecommendationResources {

    static final String PROFILE = "http://hl7.org/fhir/StructureDefinition/ebmrecommendation";
    static final String STRENGTH = "http://terminology.hl7.org/CodeSystem/recommendation-strength";

    private final FhirAddresses addresses;
    private final OwnCodeSystems codes;

    RecommendationResources(FhirAddresses addresses, OwnCodeSystems codes) {
        this.addresses = addresses;
        this.codes = codes;
    }

    static String id(Language language, String recommendationId) {
        return FhirAddresses.id(language, recommendationId);
    }

    /** @param treatmentNames the names of the treatments it is about, in the article's words */
    ArtifactAssessment of(Language language, GuidelineRecommendation item, String treatmentNames) {
        Guideline guideline = item.guideline();
        Recommendation recommendation = item.recommendation();
        ArtifactAssessment assessment = new ArtifactAssessment();
        assessment.setId(id(language, recommendation.id()));
        assessment.getMeta().addProfile(PROFILE);
        assessment.setLanguage(language.code());
        assessment.addIdentifier().setSystem(addresses.identifierSystem("recommendation"))
                .setValue(recommendation.id());
        String title = guideline.shortTitle() + ": " + treatmentNames;
        assessment.setTitle(title);
        Reference guidelineCitation = new Reference("Citation/" + CitationResources.id(guideline.sourceId()))
                .setDisplay(guideline.title());
        assessment.setCiteAs(guidelineCitation);
        // The recommendation itself has no FHIR resource (the profile would want a PlanDefinition): it is named by
        // the canonical address of the guideline that states it.
        assessment.setArtifact(new org.hl7.fhir.r5.model.UriType(
                addresses.canonical("Citation", CitationResources.id(guideline.sourceId()))));
        var content = assessment.addContent();
        content.setInformationType(ArtifactAssessment.ArtifactAssessmentInformationType.CLASSIFIER);
        content.setSummary(Narratives.markdown(recommendation.statement()));
        content.addClassifier(new CodeableConcept(codes.direction(recommendation.direction())));
        if (recommendation.strength() != RecommendationStrength.NOT_STATED) {
            content.addClassifier(new CodeableConcept(strength(recommendation.strength())));
        }
        for (String sourceId : recommendation.sourceIds()) {
            content.addRelatedArtifact().setType(RelatedArtifact.RelatedArtifactType.CITATION)
                    .setResourceReference(new Reference("Citation/" + CitationResources.id(sourceId)));
        }
        Narratives.set(assessment, title, Narratives.markdown(recommendation.statement()));
        return assessment;
    }

    private static Coding strength(RecommendationStrength strength) {
        return switch (strength) {
            case STRONG -> new Coding(STRENGTH, "strong", "Strong");
            case WEAK -> new Coding(STRENGTH, "weak", "Weak");
            case NOT_STATED -> throw new IllegalArgumentException("A strength that is not stated has no code");
        };
    }
}
