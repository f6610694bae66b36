package org.evidenz.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.evidenz.support.ReaderSiteTest;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CodeSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * Every resource the demo content yields, in both languages, as the server sends it — each resource type's search,
 * each Composition's {@code $document} and the CapabilityStatement — checked by HAPI's FhirInstanceValidator against
 * core R5 (and the profile a resource claims), with our own CodeSystems loaded. No errors; every warning that remains
 * is one of those docs/interop.md lists with its reason.
 */
@ReaderSiteTest
class FhirResourcesValidateTest {

    static final List<String> TYPES = List.of("Citation", "Evidence", "EvidenceVariable", "Group",
            "ArtifactAssessment", "Composition", "CodeSystem", "ConceptMap");

    /** The warnings docs/interop.md explains, each as a part of the validator's message. */
    static final List<String> EXPLAINED_WARNINGS = List.of();

    /** Expensive (about a minute and 2 GB): built once for the class. */
    private static FhirValidator validator;

    @LocalServerPort
    int port;

    @BeforeAll
    static void validatorWithOurCodeSystems(@org.springframework.beans.factory.annotation.Value("${local.server.port}")
            int port) throws IOException {
        var fhir = FhirHttp.FHIR;
        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(fhir);
        for (String json : new FhirHttp(port).everyResource("/fhir/CodeSystem")) {
            ours.addCodeSystem(fhir.newJsonParser().parseResource(CodeSystem.class, json));
        }
        NpmPackageValidationSupport terminology = new NpmPackageValidationSupport(fhir);
        terminology.loadPackageFromClasspath("classpath:org/hl7/fhir/r5/packages/hl7.terminology-5.1.0.tgz");
        terminology.loadPackageFromClasspath("classpath:org/hl7/fhir/r5/packages/hl7.fhir.uv.extensions.r5-1.0.0.tgz");
        UnknownCodeSystemWarningValidationSupport unknownSystems = new UnknownCodeSystemWarningValidationSupport(fhir);
        unknownSystems.setNonExistentCodeSystemSeverity(
                ca.uhn.fhir.context.support.IValidationSupport.IssueSeverity.WARNING);
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(fhir),
                terminology,
                ours,
                new CommonCodeSystemsTerminologyService(fhir),
                new InMemoryTerminologyServerValidationSupport(fhir),
                new SnapshotGeneratingValidationSupport(fhir),
                unknownSystems);
        validator = fhir.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    @Test
    void everyResourceIsValidFhirR5WithNoErrorAndOnlyExplainedWarnings() {
        FhirHttp fhir = new FhirHttp(port);
        Map<String, String> resources = new LinkedHashMap<>();
        Map<String, Integer> perType = new LinkedHashMap<>();
        for (String type : TYPES) {
            List<String> ofType = fhir.everyResource("/fhir/" + type + "?_count=100");
            assertThat(ofType).as(type).isNotEmpty();
            perType.put(type, ofType.size());
            for (int i = 0; i < ofType.size(); i++) {
                resources.put(type + " #" + (i + 1), ofType.get(i));
            }
        }
        for (String composition : fhir.everyResource("/fhir/Composition")) {
            String id = FhirHttp.FHIR.newJsonParser().parseResource(composition).getIdElement().getIdPart();
            resources.put("$document of " + id, fhir.json("/fhir/Composition/" + id + "/$document"));
        }
        resources.put("CapabilityStatement", fhir.json("/fhir/metadata"));

        List<String> errors = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        for (var resource : resources.entrySet()) {
            ValidationResult result = validator.validateWithResult(resource.getValue());
            for (SingleValidationMessage message : result.getMessages()) {
                String line = resource.getKey() + " " + message.getLocationString() + ": " + message.getMessage();
                if (message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                    errors.add(line);
                } else if (message.getSeverity() == ResultSeverityEnum.WARNING) {
                    warnings.merge(message.getMessage(), 1, Integer::sum);
                    if (EXPLAINED_WARNINGS.stream().noneMatch(message.getMessage()::contains)) {
                        unexplained.add(line);
                    }
                }
            }
        }
        System.out.printf("FHIR validation: %d resources validated (%d Bundles among them), %d errors, %d warnings%n",
                resources.size(), resources.keySet().stream().filter(k -> k.startsWith("$document")).count(),
                errors.size(), warnings.values().stream().mapToInt(Integer::intValue).sum());
        System.out.println("  resources by type: " + perType);
        warnings.forEach((message, count) -> System.out.println("  warning x" + count + ": " + message));
        assertThat(errors).isEmpty();
        assertThat(unexplained).isEmpty();
    }
}
