package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.evidenz.shared.Language;
import org.junit.jupiter.api.Test;

class LanguageRedirectControllerTest {

    private static final Set<Language> BOTH = EnumSet.allOf(Language.class);

    @Test
    void readerGetsTheLanguageTheirBrowserPrefers() {
        assertThat(LanguageRedirectController.preferred("de-DE,de;q=0.9,en;q=0.8", BOTH)).isEqualTo(Language.DE);
        assertThat(LanguageRedirectController.preferred("en-GB,en;q=0.9", BOTH)).isEqualTo(Language.EN);
        assertThat(LanguageRedirectController.preferred("fr-FR,fr;q=0.9,de;q=0.5", BOTH)).isEqualTo(Language.DE);
    }

    @Test
    void languagesWithoutPublishedContentAreSkipped() {
        assertThat(LanguageRedirectController.preferred("de-DE,de", EnumSet.of(Language.EN))).isEqualTo(Language.EN);
    }

    @Test
    void missingOrMalformedHeaderFallsBackToEnglish() {
        assertThat(LanguageRedirectController.preferred(null, BOTH)).isEqualTo(Language.EN);
        assertThat(LanguageRedirectController.preferred(";;q=x", BOTH)).isEqualTo(Language.EN);
        assertThat(LanguageRedirectController.preferred("fr", BOTH)).isEqualTo(Language.EN);
    }
}
