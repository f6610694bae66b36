package org.evidenz.interop.fhir;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.hl7.fhir.r5.model.Identifier;
import org.hl7.fhir.r5.model.Resource;

import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.param.UriParam;

/** How our search parameters match, as the FHIR search specification defines them for their types. */
final class ResourceSearch {

    private ResourceSearch() {
    }

    /** token: {@code value}, {@code system|value} or {@code |value} (no system). */
    static boolean identifier(TokenParam param, List<Identifier> identifiers) {
        if (param == null) {
            return true;
        }
        return identifiers.stream().anyMatch(id -> param.getValue() != null && param.getValue().equals(id.getValue())
                && (param.getSystem() == null || param.getSystem().equals(id.getSystem())
                        || (param.getSystem().isEmpty() && !id.hasSystem())));
    }

    /** uri: the whole URL, exactly. */
    static boolean url(UriParam param, String url) {
        return param == null || (param.getValue() != null && param.getValue().equals(url));
    }

    /**
     * string: by default the text starts with the value, ignoring case and accents; {@code :contains} anywhere,
     * {@code :exact} the whole text exactly.
     */
    static boolean text(StringParam param, String text) {
        if (param == null) {
            return true;
        }
        if (text == null || param.getValue() == null) {
            return false;
        }
        if (param.isExact()) {
            return text.equals(param.getValue());
        }
        String haystack = normal(text);
        String needle = normal(param.getValue());
        return param.isContains() ? haystack.contains(needle) : haystack.startsWith(needle);
    }

    /** _language: the resource's language, {@code de} also matching {@code de-DE}. */
    static boolean language(TokenParam param, Resource resource) {
        if (param == null) {
            return true;
        }
        String wanted = param.getValue() == null ? "" : param.getValue().toLowerCase(Locale.ROOT);
        String language = resource.hasLanguage() ? resource.getLanguage().toLowerCase(Locale.ROOT) : null;
        return language != null && (language.equals(wanted) || wanted.startsWith(language + "-"));
    }

    static <T extends Resource> List<T> filter(List<Resource> all, Class<T> type, Function<T, Boolean> matches) {
        return all.stream().map(type::cast).filter(matches::apply).toList();
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
