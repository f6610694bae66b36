package org.evidenz.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.evidenz.shared.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** {@code /} sends readers to the start page in the language their browser prefers, of those we publish in. */
@Controller
class LanguageRedirectController {

    private final PublishedLanguages languages;

    LanguageRedirectController(PublishedLanguages languages) {
        this.languages = languages;
    }

    @GetMapping("/")
    ResponseEntity<Void> home(@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        Language language = preferred(accept, languages.published());
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, "/" + language.code() + "/")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    static Language preferred(String acceptLanguage, Set<Language> available) {
        List<Locale> candidates = new ArrayList<>();
        available.forEach(l -> candidates.add(l.locale()));
        if (acceptLanguage != null && !candidates.isEmpty()) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), candidates);
                if (match != null) {
                    return Language.of(match.getLanguage());
                }
            } catch (IllegalArgumentException malformed) {
                // A malformed header is a reader's browser's problem, not a reason to fail: use the default.
            }
        }
        return available.contains(Language.EN) || available.isEmpty() ? Language.EN : available.iterator().next();
    }
}
