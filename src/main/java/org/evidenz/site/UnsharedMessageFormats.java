package org.evidenz.site;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;

/**
 * The interface text, configured by {@code spring.messages.*} as Spring Boot would, except that each message is
 * formatted with a {@link MessageFormat} of its own. Spring keeps one per message and locks it while formatting
 * (the class is not thread-safe); every page renders the same navigation and footer texts, so under load the
 * uncached pages (forms, search, errors) queued on those locks: 50 readers opening the feedback form saw a p99 above
 * a second (docs/performance.md). Parsing a short pattern again costs microseconds.
 */
@Configuration
class UnsharedMessageFormats {

    @Bean
    MessageSource messageSource(Environment environment) {
        MessageSourceProperties properties = Binder.get(environment)
                .bind("spring.messages", MessageSourceProperties.class)
                .orElseGet(MessageSourceProperties::new);
        ResourceBundleMessageSource source = new OneFormatPerCall();
        source.setBasenames(properties.getBasename().toArray(String[]::new));
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        Duration cacheDuration = properties.getCacheDuration();
        if (cacheDuration != null) {
            source.setCacheMillis(cacheDuration.toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return source;
    }

    private static final class OneFormatPerCall extends ResourceBundleMessageSource {

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            String pattern = resolveCodeWithoutArguments(code, locale);
            return pattern == null ? null : createMessageFormat(pattern, locale);
        }
    }
}
