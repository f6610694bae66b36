package org.evidenz.interop.lookup;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.evidenz.shared.Language;
import org.springframework.http.MediaType;

/**
 * An HL7 Infobutton knowledge request, URL-based, with the parameters MedlinePlus Connect reads. The code system and
 * the code are required; language and response type default, as there, to English and Atom (XML).
 *
 * @param codeSystemOid the OID as sent (without {@code urn:oid:})
 * @param format the media type of the answer: Atom as {@code text/xml} or {@code application/atom+xml}, or JSON
 */
record InfobuttonRequest(RequestedSystem system, String codeSystemOid, String code, Language language,
        MediaType format) {

    static final String CODE_SYSTEM = "mainSearchCriteria.v.cs";
    static final String CODE = "mainSearchCriteria.v.c";
    static final String LANGUAGE = "informationRecipient.languageCode.c";
    static final String RESPONSE_TYPE = "knowledgeResponseType";

    private static final int MAX_CODE_LENGTH = 40;
    private static final Map<String, MediaType> FORMATS = Map.of(
            "text/xml", MediaType.parseMediaType("text/xml;charset=UTF-8"),
            "application/atom+xml", MediaType.parseMediaType("application/atom+xml;charset=UTF-8"),
            "application/json", MediaType.parseMediaType("application/json;charset=UTF-8"));

    RequestedCode requestedCode() {
        return new RequestedCode(system, code);
    }

    boolean wantsJson() {
        return format.isCompatibleWith(MediaType.APPLICATION_JSON);
    }

    /** Reads and checks the parameters; a missing or unknown one is a {@link LookupProblem} that names it. */
    static InfobuttonRequest of(Map<String, String> parameters) {
        String oid = required(parameters, CODE_SYSTEM, "the OID of the code system, e.g. "
                + CodeSystemIdentifiers.SNOMED_CT_OID + " for SNOMED CT");
        RequestedSystem system = CodeSystemIdentifiers.byOid(oid).orElseThrow(() -> LookupProblem.badRequest(
                "The code system '" + shortened(oid) + "' in " + CODE_SYSTEM + " is not one we answer for. We know "
                        + CodeSystemIdentifiers.known() + "."));
        String code = required(parameters, CODE, "the diagnosis code, e.g. M54.5");
        if (code.length() > MAX_CODE_LENGTH) {
            throw LookupProblem.badRequest("The code in " + CODE + " is longer than any diagnosis code ("
                    + MAX_CODE_LENGTH + " characters at most).");
        }
        Language language = optional(parameters, LANGUAGE).map(InfobuttonRequest::language).orElse(Language.EN);
        String type = optional(parameters, RESPONSE_TYPE).orElse("text/xml");
        MediaType format = FORMATS.get(type.toLowerCase(Locale.ROOT));
        if (format == null) {
            throw LookupProblem.badRequest("The response type '" + shortened(type) + "' in "
                    + RESPONSE_TYPE + " is not one we offer. Use text/xml (Atom), application/atom+xml or "
                    + "application/json.");
        }
        return new InfobuttonRequest(system, oid.strip().replaceFirst("(?i)^urn:oid:", ""), code, language, format);
    }

    /** A BCP 47 tag whose primary language we publish in: de, de-DE, en, en-GB, … */
    private static Language language(String tag) {
        String primary = tag.strip().split("[-_]", 2)[0];
        return Language.fromCode(primary).orElseThrow(() -> LookupProblem.badRequest("We publish in German (de) "
                + "and English (en), not in '" + shortened(tag) + "' (" + LANGUAGE + ")."));
    }

    private static String required(Map<String, String> parameters, String name, String what) {
        return optional(parameters, name).orElseThrow(() -> LookupProblem.badRequest(
                "The parameter " + name + " is missing: it names " + what + "."));
    }

    private static Optional<String> optional(Map<String, String> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** The value as sent, cut short: an error message is no place for 10,000 characters. */
    private static String shortened(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
