package org.evidenz.interop.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evidenz.condition.Condition;
import org.evidenz.condition.ConditionCode;
import org.evidenz.evidence.Certainty;
import org.evidenz.evidence.EffectDuration;
import org.evidenz.evidence.EffectSize;
import org.evidenz.evidence.EvidenceFinding;
import org.evidenz.evidence.Phase;
import org.evidenz.shared.Language;
import org.evidenz.site.Messages;
import org.evidenz.site.Pages;
import org.evidenz.treatment.Treatment;
import org.evidenz.treatment.TreatmentProfile;
import org.evidenz.treatment.Variant;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r5.model.Evidence;
import org.hl7.fhir.r5.model.EvidenceVariable;
import org.hl7.fhir.r5.model.Group;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.RelatedArtifact;
import org.springframework.stereotype.Component;

/**
 * Evidence per finding and language, with what it is about: the population as a Group (the condition, and its phase
 * where the finding names one), the treatment (or its variant) and the comparator as exposure and reference exposure,
 * and the outcome with its time frame as the measured variable, all EvidenceVariables. Direction and size are coded
 * in our own CodeSystems; certainty appears only when the finding has a rating, never otherwise.
 */
@Component
class EvidenceResources {

    static final String VARIABLE_ROLE = "http://terminology.hl7.org/CodeSystem/variable-role";
    static final String CERTAINTY_TYPE = "http://hl7.org/fhir/certainty-type";
    static final String CERTAINTY_RATING = "http://hl7.org/fhir/certainty-rating";

    private final FhirAddresses addresses;
    private final OwnCodeSystems codes;
    private final Pages pages;

    EvidenceResources(FhirAddresses addresses, OwnCodeSystems codes, Pages pages) {
        this.addresses = addresses;
        this.codes = codes;
        this.pages = pages;
    }

    /** Everything about the findings of these treatments in one language; each resource once. */
    record Built(List<Evidence> evidence, List<EvidenceVariable> variables, List<Group> groups) {
    }

    static String evidenceId(Language language, String findingId) {
        return FhirAddresses.id(language, findingId);
    }

    static String groupId(Language language, String conditionId, Phase phase) {
        return phase == Phase.NOT_STATED ? FhirAddresses.id(language, conditionId)
                : FhirAddresses.id(language, conditionId, OwnCodeSystems.code(phase));
    }

    Built build(Language language, List<TreatmentProfile> profiles, List<Condition> conditions) {
        Messages messages = pages.messages(language);
        Map<String, Condition> conditionsById = new LinkedHashMap<>();
        conditions.forEach(c -> conditionsById.put(c.id(), c));
        Map<String, Group> groups = new LinkedHashMap<>();
        conditions.forEach(c -> groups.put(groupId(language, c.id(), Phase.NOT_STATED),
                group(language, c, Phase.NOT_STATED, messages)));
        Map<String, EvidenceVariable> variables = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        for (TreatmentProfile profile : profiles) {
            Treatment treatment = profile.treatment();
            for (EvidenceFinding finding : profile.findings()) {
                Optional<Variant> variant = Optional.ofNullable(finding.variantId()).flatMap(treatment::variant);
                Condition condition = conditionsById.get(finding.conditionId());
                Reference population = null;
                if (condition != null) {
                    String id = groupId(language, condition.id(), finding.phase());
                    groups.computeIfAbsent(id, k -> group(language, condition, finding.phase(), messages));
                    population = new Reference("Group/" + id).setDisplay(groups.get(id).getName());
                }
                EvidenceVariable exposure = variables.computeIfAbsent(exposureId(language, treatment, variant),
                        id -> exposure(language, id, treatment, variant));
                EvidenceVariable outcome = outcome(language, finding, messages);
                variables.put(outcome.getIdPart(), outcome);
                EvidenceVariable comparator = null;
                if (finding.comparator() != null) {
                    comparator = comparator(language, finding);
                    variables.put(comparator.getIdPart(), comparator);
                }
                evidence.add(evidence(language, treatment, variant, finding, population, exposure, comparator,
                        outcome, messages));
            }
        }
        return new Built(evidence, List.copyOf(variables.values()), List.copyOf(groups.values()));
    }

    private Evidence evidence(Language language, Treatment treatment, Optional<Variant> variant,
            EvidenceFinding finding, Reference population, EvidenceVariable exposure, EvidenceVariable comparator,
            EvidenceVariable outcome, Messages messages) {
        Evidence evidence = new Evidence();
        String id = evidenceId(language, finding.id());
        evidence.setId(id);
        evidence.setLanguage(language.code());
        evidence.setUrl(addresses.canonical("Evidence", id));
        evidence.addIdentifier().setSystem(addresses.identifierSystem("finding")).setValue(finding.id());
        String title = variant.map(Variant::name).orElse(treatment.name()) + ": " + outcome.getTitle();
        evidence.setTitle(title);
        evidence.setStatus(PublicationStatus.ACTIVE);
        evidence.setPublisher("Evidenz");
        evidence.setDescription(Narratives.markdown(finding.statement()));
        var populationVariable = evidence.addVariableDefinition().setVariableRole(role("population"));
        if (population != null) {
            populationVariable.setObserved(population);
        } else {
            populationVariable.setDescription(finding.conditionId());
        }
        evidence.addVariableDefinition().setVariableRole(role("exposure"))
                .setObserved(reference(exposure));
        if (comparator != null) {
            evidence.addVariableDefinition().setVariableRole(role("referenceExposure"))
                    .setObserved(reference(comparator));
        }
        evidence.addVariableDefinition().setVariableRole(role("measuredVariable")).setObserved(reference(outcome));
        evidence.addStatistic().setDescription(messages.t("fhir.statistic.direction"))
                .setCategory(new CodeableConcept(codes.direction(finding.direction())));
        if (finding.size() != EffectSize.NOT_STATED) {
            evidence.addStatistic().setDescription(messages.t("fhir.statistic.size"))
                    .setCategory(new CodeableConcept(codes.size(finding.size())));
        }
        if (finding.certainty() != Certainty.NOT_RATED) {
            // Only a rating our source gives; NOT_RATED has no certainty element at all, never a guessed level.
            evidence.addCertainty()
                    .setType(new CodeableConcept(new Coding(CERTAINTY_TYPE, "Overall", "Overall certainty")))
                    .setRating(new CodeableConcept(rating(finding.certainty())));
        }
        for (String sourceId : finding.sourceIds()) {
            evidence.addRelatedArtifact().setType(RelatedArtifact.RelatedArtifactType.DERIVEDFROM)
                    .setResourceReference(new Reference("Citation/" + CitationResources.id(sourceId)));
        }
        Narratives.set(evidence, title, Narratives.markdown(finding.statement()));
        return evidence;
    }

    private static Coding rating(Certainty certainty) {
        return switch (certainty) {
            case HIGH -> new Coding(CERTAINTY_RATING, "high", "High quality");
            case MODERATE -> new Coding(CERTAINTY_RATING, "moderate", "Moderate quality");
            case LOW -> new Coding(CERTAINTY_RATING, "low", "Low quality");
            case VERY_LOW -> new Coding(CERTAINTY_RATING, "very-low", "Very low quality");
            case NOT_RATED -> throw new IllegalArgumentException("Not rated has no rating");
        };
    }

    private static CodeableConcept role(String code) {
        return new CodeableConcept(new Coding(VARIABLE_ROLE, code, null));
    }

    private static Reference reference(EvidenceVariable variable) {
        return new Reference("EvidenceVariable/" + variable.getIdPart()).setDisplay(variable.getTitle());
    }

    private static String exposureId(Language language, Treatment treatment, Optional<Variant> variant) {
        return variant.map(v -> FhirAddresses.id(language, "treatment", treatment.id(), v.id()))
                .orElse(FhirAddresses.id(language, "treatment", treatment.id()));
    }

    private EvidenceVariable exposure(Language language, String id, Treatment treatment, Optional<Variant> variant) {
        String title = variant.map(v -> treatment.name() + ": " + v.name()).orElse(treatment.name());
        EvidenceVariable variable = variable(language, id, title,
                variant.map(v -> treatment.id() + "/" + v.id()).orElse(treatment.id()), "treatment");
        variable.setDescription(treatment.summary());
        variable.addCharacteristic().setDescription(title)
                .setDefinitionCodeableConcept(new CodeableConcept().setText(title));
        Narratives.set(variable, title, treatment.summary());
        return variable;
    }

    private EvidenceVariable comparator(Language language, EvidenceFinding finding) {
        String id = FhirAddresses.id(language, "comparator", finding.id());
        EvidenceVariable variable = variable(language, id, finding.comparator(), finding.id(), "comparator");
        variable.addCharacteristic().setDescription(finding.comparator())
                .setDefinitionCodeableConcept(new CodeableConcept().setText(finding.comparator()));
        Narratives.set(variable, finding.comparator(), null);
        return variable;
    }

    private EvidenceVariable outcome(Language language, EvidenceFinding finding, Messages messages) {
        String id = FhirAddresses.id(language, "outcome", finding.id());
        String title = finding.duration() == EffectDuration.NOT_STATED ? finding.outcome()
                : messages.t("fhir.outcome." + finding.duration().name(), finding.outcome());
        EvidenceVariable variable = variable(language, id, title, finding.id(), "outcome");
        var characteristic = variable.addCharacteristic().setDescription(finding.outcome())
                .setDefinitionCodeableConcept(new CodeableConcept().setText(finding.outcome()));
        if (finding.duration() != EffectDuration.NOT_STATED) {
            characteristic.addTimeFromEvent()
                    .setDescription(messages.t("fhir.time-frame." + finding.duration().name()));
        }
        Narratives.set(variable, title, null);
        return variable;
    }

    private EvidenceVariable variable(Language language, String id, String title, String stableId, String kind) {
        EvidenceVariable variable = new EvidenceVariable();
        variable.setId(id);
        variable.setLanguage(language.code());
        variable.setUrl(addresses.canonical("EvidenceVariable", id));
        variable.addIdentifier().setSystem(addresses.identifierSystem(kind)).setValue(stableId);
        variable.setTitle(title);
        variable.setStatus(PublicationStatus.ACTIVE);
        variable.setPublisher("Evidenz");
        return variable;
    }

    private Group group(Language language, Condition condition, Phase phase, Messages messages) {
        Group group = new Group();
        String id = groupId(language, condition.id(), phase);
        group.setId(id);
        group.setLanguage(language.code());
        group.addIdentifier().setSystem(addresses.identifierSystem("population"))
                .setValue(phase == Phase.NOT_STATED ? condition.id()
                        : condition.id() + "/" + OwnCodeSystems.code(phase));
        group.setType(Group.GroupType.PERSON);
        group.setMembership(Group.GroupMembershipBasis.DEFINITIONAL);
        String name = phase == Phase.NOT_STATED ? messages.t("fhir.group.condition", condition.name())
                : messages.t("fhir.group.condition." + phase.name(), condition.name());
        group.setName(name);
        group.setDescription(condition.description().strip());
        CodeableConcept diagnosis = new CodeableConcept().setText(condition.name());
        for (ConditionCode code : condition.codes()) {
            diagnosis.addCoding(new Coding(code.system().uri(), code.code(), code.display())
                    .setVersion(code.version()));
        }
        group.addCharacteristic().setCode(new CodeableConcept().setText(messages.t("fhir.characteristic.condition")))
                .setValue(diagnosis).setExclude(false);
        if (phase != Phase.NOT_STATED) {
            group.addCharacteristic().setCode(new CodeableConcept().setText(messages.t("fhir.characteristic.phase")))
                    .setValue(new CodeableConcept().setText(messages.t("fhir.phase." + phase.name())))
                    .setExclude(false);
        }
        Narratives.set(group, name, condition.description().strip());
        return group;
    }
}
