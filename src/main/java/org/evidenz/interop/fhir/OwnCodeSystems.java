package org.evidenz.interop.fhir;

import java.util.List;
import java.util.Locale;

import org.evidenz.evidence.EffectSize;
import org.evidenz.evidence.FindingDirection;
import org.evidenz.evidence.RecommendationDirection;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.ConceptMap;
import org.hl7.fhir.r5.model.Enumerations.PublicationStatus;
import org.springframework.stereotype.Component;

/**
 * The three vocabularies Evidenz states evidence in, published as CodeSystems of our own, built from the enums of the
 * evidence module so that a code can never be served that the model lacks; and the ConceptMap from them to the EBM
 * on FHIR "recommendation justification" codes. No code there could be checked to mean the same as one of ours, so
 * the map holds no mapping yet: a mapping is added only once its equivalence has been verified (docs/adr/0019).
 */
@Component
class OwnCodeSystems {

    static final String FINDING_DIRECTION = "finding-direction";
    static final String EFFECT_SIZE = "effect-size";
    static final String RECOMMENDATION_DIRECTION = "recommendation-direction";
    static final String JUSTIFICATION_MAP = "evidenz-to-ebm-recommendation-justification";
    /** The EBM on FHIR IG's Recommendation Justification code system (ballot, not yet stable). */
    static final String EBM_RECOMMENDATION_JUSTIFICATION = "https://fevir.net/resources/CodeSystem/27834";

    /** A concept: code, English display and definition, German display. */
    private record Concept(String code, String display, String definition, String german) {
    }

    private final FhirAddresses addresses;

    OwnCodeSystems(FhirAddresses addresses) {
        this.addresses = addresses;
    }

    List<CodeSystem> codeSystems() {
        return List.of(
                codeSystem(FINDING_DIRECTION, "FindingDirection", "Direction of a finding",
                        "What studies found about a treatment's effect on an outcome, as Evidenz states it.",
                        List.of(
                                concept(FindingDirection.BENEFIT, "Benefit",
                                        "Studies showed the treatment helped with this outcome.", "Nutzen"),
                                concept(FindingDirection.NO_BENEFIT, "No benefit",
                                        "Studies showed no effect on this outcome.", "Kein Nutzen"),
                                concept(FindingDirection.CONFLICTING, "Conflicting results",
                                        "Studies contradict each other.", "Widersprüchliche Ergebnisse"),
                                concept(FindingDirection.INSUFFICIENT_EVIDENCE, "Insufficient evidence",
                                        "Too few or too weak studies to tell: not proven, which is a different "
                                                + "claim from no benefit.", "Nutzen nicht belegt"),
                                concept(FindingDirection.HARM, "Harm",
                                        "Studies showed the treatment made this outcome worse.", "Schaden"))),
                codeSystem(EFFECT_SIZE, "EffectSize", "Size of an effect",
                        "How large an effect was, as the source words it. Not stated is not a code: then no size "
                                + "is given.",
                        List.of(
                                concept(EffectSize.SMALL, "Small", "The source calls the effect small.", "Klein"),
                                concept(EffectSize.MODERATE, "Moderate", "The source calls the effect moderate.",
                                        "Mittel"),
                                concept(EffectSize.LARGE, "Large", "The source calls the effect large.", "Groß"))),
                codeSystem(RECOMMENDATION_DIRECTION, "RecommendationDirection", "Direction of a recommendation",
                        "What a guideline recommends about a treatment.",
                        List.of(
                                concept(RecommendationDirection.FOR, "For", "The guideline recommends it.",
                                        "Empfohlen"),
                                concept(RecommendationDirection.AGAINST, "Against",
                                        "The guideline recommends against it.", "Nicht empfohlen"),
                                concept(RecommendationDirection.OPTIONAL, "Optional",
                                        "It may be used, e.g. only as an add-on to active treatment.",
                                        "Nur als Ergänzung"),
                                concept(RecommendationDirection.NONE, "No recommendation",
                                        "The guideline considered it and made no recommendation either way.",
                                        "Keine Empfehlung"))));
    }

    List<ConceptMap> conceptMaps() {
        ConceptMap map = new ConceptMap();
        map.setId(JUSTIFICATION_MAP);
        map.setUrl(addresses.canonical("ConceptMap", JUSTIFICATION_MAP));
        map.setName("EvidenzToEbmRecommendationJustification");
        map.setTitle("Evidenz codes to EBM on FHIR recommendation justification codes");
        map.setStatus(PublicationStatus.ACTIVE);
        map.setExperimental(false);
        map.setLanguage("en");
        map.setPublisher("Evidenz");
        map.setDescription("Where a code of ours (finding direction, effect size, recommendation direction) means "
                + "the same as a code of the EBM on FHIR Recommendation Justification code system (" 
                + EBM_RECOMMENDATION_JUSTIFICATION + "). That code system is a ballot draft we could not check "
                + "code by code, so this map holds no mapping: none is added before its equivalence is verified.");
        Narratives.set(map, map.getTitle(), map.getDescription());
        return List.of(map);
    }

    /** The Coding of a finding's direction. */
    Coding direction(FindingDirection direction) {
        return coding(FINDING_DIRECTION, direction);
    }

    /** The Coding of an effect's size; call only for a size that is stated. */
    Coding size(EffectSize size) {
        if (size == EffectSize.NOT_STATED) {
            throw new IllegalArgumentException("An effect size that is not stated has no code");
        }
        return coding(EFFECT_SIZE, size);
    }

    Coding direction(RecommendationDirection direction) {
        return coding(RECOMMENDATION_DIRECTION, direction);
    }

    private Coding coding(String system, Enum<?> value) {
        CodeSystem codeSystem = codeSystems().stream().filter(cs -> cs.getId().equals(system)).findFirst()
                .orElseThrow();
        String code = code(value);
        return new Coding(codeSystem.getUrl(), code, codeSystem.getConcept().stream()
                .filter(c -> c.getCode().equals(code)).findFirst().orElseThrow().getDisplay());
    }

    private CodeSystem codeSystem(String id, String name, String title, String description, List<Concept> concepts) {
        CodeSystem codeSystem = new CodeSystem();
        codeSystem.setId(id);
        codeSystem.setUrl(addresses.canonical("CodeSystem", id));
        codeSystem.setName(name);
        codeSystem.setTitle(title);
        codeSystem.setStatus(PublicationStatus.ACTIVE);
        codeSystem.setExperimental(false);
        codeSystem.setLanguage("en");
        codeSystem.setPublisher("Evidenz");
        codeSystem.setDescription(description);
        codeSystem.setCaseSensitive(true);
        codeSystem.setContent(org.hl7.fhir.r5.model.Enumerations.CodeSystemContentMode.COMPLETE);
        codeSystem.setCount(concepts.size());
        for (Concept concept : concepts) {
            codeSystem.addConcept().setCode(concept.code()).setDisplay(concept.display())
                    .setDefinition(concept.definition())
                    .addDesignation().setLanguage("de").setValue(concept.german());
        }
        Narratives.set(codeSystem, title, description + " Codes: "
                + String.join(", ", concepts.stream().map(c -> c.code() + " (" + c.display() + ")").toList()) + ".");
        return codeSystem;
    }

    private static Concept concept(Enum<?> value, String display, String definition, String german) {
        return new Concept(code(value), display, definition, german);
    }

    /** {@code INSUFFICIENT_EVIDENCE} → {@code insufficient-evidence}. */
    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
