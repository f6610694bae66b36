package org.evidenz.interop.lookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.evidenz.shared.Language;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;

/**
 * A CDS Hooks 2.0 call of our {@code patient-view} service, read from its JSON: the diagnosis codes of the
 * patient's prefetched Conditions and the language the patient reads (their FHIR Patient's preferred
 * {@code communication}). We never call the client's FHIR server (its address would let any caller make us send
 * requests anywhere), so without the prefetched Conditions we cannot answer: 412, as the specification says.
 */
record PatientViewRequest(String hookInstance, List<RequestedCode> codes, Optional<Language> patientLanguage) {

    static final String HOOK = "patient-view";
    static final String CONDITIONS = "conditions";
    static final String PATIENT = "patient";

    /** A diagnosis that was ruled out or recorded by mistake is not the patient's; one that is over is not news. */
    private static final Set<String> NOT_THE_PATIENTS = Set.of("refuted", "entered-in-error");
    private static final Set<String> OVER = Set.of("inactive", "resolved");

    static PatientViewRequest read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw LookupProblem.badRequest("The request body must be a JSON object (a CDS Hooks request).");
        }
        String hook = text(body, "hook", "the hook that triggered the call");
        if (!HOOK.equals(hook)) {
            throw LookupProblem.badRequest("This service answers the hook '" + HOOK + "', not '" + hook + "'.");
        }
        String hookInstance = text(body, "hookInstance", "a UUID for this call");
        JsonNode context = body.get("context");
        if (context == null || !context.isObject()) {
            throw LookupProblem.badRequest("The field 'context' is missing or not an object: patient-view needs "
                    + "'userId' and 'patientId' in it.");
        }
        text(context, "userId", "the current user, e.g. Practitioner/123");
        text(context, "patientId", "the FHIR id of the patient");
        if (body.has("fhirAuthorization") && !body.path("fhirServer").isString()) {
            throw LookupProblem.badRequest("'fhirAuthorization' is given, so 'fhirServer' is required.");
        }
        JsonNode prefetch = body.get("prefetch");
        if (prefetch != null && !prefetch.isObject()) {
            throw LookupProblem.badRequest("The field 'prefetch' must be an object of prefetched FHIR data.");
        }
        if (prefetch == null || !prefetch.has(CONDITIONS)) {
            throw new LookupProblem(HttpStatus.PRECONDITION_FAILED, "The prefetch '" + CONDITIONS + "' (the "
                    + "patient's Conditions) is missing. This service does not call your FHIR server; send the "
                    + "prefetch its discovery entry asks for.");
        }
        return new PatientViewRequest(hookInstance, codes(prefetch.get(CONDITIONS)),
                language(prefetch.get(PATIENT)));
    }

    private static List<RequestedCode> codes(JsonNode prefetched) {
        List<RequestedCode> codes = new ArrayList<>();
        for (JsonNode condition : conditions(prefetched)) {
            if (isThePatientsCurrent(condition)) {
                for (JsonNode coding : condition.path("code").path("coding")) {
                    codeOf(coding).ifPresent(codes::add);
                }
            }
        }
        return codes;
    }

    /** The Conditions of a searchset Bundle (the template is a search), or of a single Condition; null is none. */
    private static List<JsonNode> conditions(JsonNode prefetched) {
        if (prefetched.isNull()) {
            return List.of();
        }
        String type = prefetched.path("resourceType").asString("");
        return switch (type) {
            case "Bundle" -> StreamSupport.stream(prefetched.path("entry").spliterator(), false)
                    .map(entry -> entry.path("resource"))
                    .filter(resource -> "Condition".equals(resource.path("resourceType").asString("")))
                    .toList();
            case "Condition" -> List.of(prefetched);
            case "OperationOutcome" -> throw new LookupProblem(HttpStatus.PRECONDITION_FAILED, "The prefetch '"
                    + CONDITIONS + "' is an OperationOutcome: without the patient's Conditions there is nothing to "
                    + "look up.");
            default -> throw LookupProblem.badRequest("The prefetch '" + CONDITIONS + "' must be a FHIR Bundle of "
                    + "Conditions (or null), not " + (type.isEmpty() ? "something without a resourceType" : type)
                    + ".");
        };
    }

    private static boolean isThePatientsCurrent(JsonNode condition) {
        return !anyCode(condition.path("verificationStatus"), NOT_THE_PATIENTS)
                && !anyCode(condition.path("clinicalStatus"), OVER);
    }

    private static boolean anyCode(JsonNode concept, Set<String> codes) {
        for (JsonNode coding : concept.path("coding")) {
            if (codes.contains(coding.path("code").asString(""))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<RequestedCode> codeOf(JsonNode coding) {
        String code = coding.path("code").asString("").strip();
        if (code.isEmpty() || !coding.path("system").isString()) {
            return Optional.empty();
        }
        String version = coding.path("version").isString() ? coding.path("version").asString() : null;
        return CodeSystemIdentifiers.byFhirUri(coding.path("system").asString(), version)
                .map(system -> new RequestedCode(system, code));
    }

    /** The patient's preferred language, else the first they speak, if we publish in it. */
    private static Optional<Language> language(JsonNode patient) {
        if (patient == null || !"Patient".equals(patient.path("resourceType").asString(""))) {
            return Optional.empty();
        }
        List<JsonNode> communication = new ArrayList<>();
        patient.path("communication").forEach(communication::add);
        communication.sort((a, b) -> Boolean.compare(b.path("preferred").booleanValue(false),
                a.path("preferred").booleanValue(false)));
        for (JsonNode spoken : communication) {
            for (JsonNode coding : spoken.path("language").path("coding")) {
                Optional<Language> language = Language.fromCode(coding.path("code").asString("").split("-", 2)[0]);
                if (language.isPresent()) {
                    return language;
                }
            }
        }
        return Optional.empty();
    }

    private static String text(JsonNode node, String field, String what) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw LookupProblem.badRequest("The field '" + field + "' is missing or not a text: it names " + what
                    + ".");
        }
        return value.asString();
    }
}
