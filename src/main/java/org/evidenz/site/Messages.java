package org.evidenz.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.evidenz.shared.Language;
import org.springframework.context.MessageSource;

/**
 * The interface text of one language, from {@code messages*.properties}. A missing key is an error, not a silent
 * fallback: a test that renders every page finds it.
 */
public final class Messages {

    private final MessageSource source;
    private final Language language;
    private final DateTimeFormatter longDate;

    Messages(MessageSource source, Language language) {
        this.source = source;
        this.language = language;
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in (MessageFormat, so plurals work). */
    public String t(String key, Object... args) {
        return source.getMessage(key, args, language.locale());
    }

    public String date(LocalDate date) {
        return longDate.format(date);
    }

    public Language language() {
        return language;
    }
}
