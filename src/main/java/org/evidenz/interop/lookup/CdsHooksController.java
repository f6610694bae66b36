package org.evidenz.interop.lookup;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.evidenz.shared.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CDS Hooks 2.0: discovery at {@code GET /cds-services} and our one service, {@code patient-view}, at
 * {@code POST /cds-services/patient-information}. Its cards point to our published pages on the patient's
 * conditions, in the language of the patient's preferred {@code communication} (else the request's
 * {@code Accept-Language}, else English). Other systems call it, not browsers: no CSRF token, no session, CORS
 * ({@link LookupWebConfiguration}), and a bounded request body.
 */
@RestController
class CdsHooksController {

    static final String SERVICE_ID = "patient-information";

    private final CoveredTopics topics;
    private final PatientViewCards cards;
    private final JsonMapper json;
    private final LookupProperties properties;

    CdsHooksController(CoveredTopics topics, PatientViewCards cards, JsonMapper json, LookupProperties properties) {
        this.topics = topics;
        this.cards = cards;
        this.json = json;
        this.properties = properties;
    }

    @GetMapping(value = "/cds-services", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> discovery() {
        return Map.of("services", List.of(Map.of(
                "hook", PatientViewRequest.HOOK,
                "id", SERVICE_ID,
                "title", "Evidenz patient information",
                "description", "Links to evidence-based patient information (German and English) on the conditions "
                        + "in the patient's record, found by their ICD-10-GM, ICD-10 or SNOMED CT codes.",
                "prefetch", Map.of(
                        PatientViewRequest.PATIENT, "Patient/{{context.patientId}}",
                        PatientViewRequest.CONDITIONS, "Condition?patient={{context.patientId}}"),
                "usageRequirements", "Send the prefetched Conditions; this service does not call your FHIR server. "
                        + "Cards are in the language of the Patient's preferred communication (German or English).")));
    }

    @PostMapping("/cds-services/{id}")
    ResponseEntity<Map<String, Object>> call(@PathVariable String id, HttpServletRequest request) throws IOException {
        if (!SERVICE_ID.equals(id)) {
            throw new LookupProblem(HttpStatus.NOT_FOUND, "There is no CDS Service '" + id + "' here; GET "
                    + "/cds-services lists the one there is.");
        }
        MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            throw new LookupProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Send the request as JSON (Content-Type: application/json).");
        }
        PatientViewRequest call = PatientViewRequest.read(body(request));
        Language language = call.patientLanguage().orElseGet(() -> acceptedLanguage(request));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body(cards.response(language, topics.find(language, call.codes())));
    }

    /** Reads at most the allowed size, whatever Content-Length claims (a chunked body has none). */
    private JsonNode body(HttpServletRequest request) throws IOException {
        long limit = properties.maxRequestSize().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) limit + 1);
        }
        if (bytes.length > limit) {
            throw tooLarge(limit);
        }
        try {
            return json.readTree(bytes);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " (at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw LookupProblem.badRequest("The request body is not valid JSON" + where + ".");
        }
    }

    private static LookupProblem tooLarge(long limit) {
        return new LookupProblem(HttpStatus.CONTENT_TOO_LARGE, "The request is larger than the " + limit / 1024
                + " KB this service reads.");
    }

    private static Language acceptedLanguage(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Language.EN;
        }
        return Collections.list(request.getLocales()).stream().map(locale -> Language.fromCode(locale.getLanguage()))
                .flatMap(Optional::stream).findFirst().orElse(Language.EN);
    }
}
