package org.evidenz.site;

import java.util.Locale;

import org.evidenz.shared.Language;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A reader page's language is the first segment of its address, whatever the browser prefers: Spring sends the
 * resolved locale as {@code Content-Language}, and a German page must not call itself English. Addresses without a
 * language (the editor, the API) keep Spring's default, the browser's Accept-Language.
 */
@Component("localeResolver")
class PathLocaleResolver implements LocaleResolver {

    private final AcceptHeaderLocaleResolver otherwise = new AcceptHeaderLocaleResolver();

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String path = request.getRequestURI();
        int end = path.indexOf('/', 1);
        return Language.fromCode(end < 0 ? path.substring(1) : path.substring(1, end))
                .map(Language::locale)
                .orElseGet(() -> otherwise.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("A page's language is its address; link to the other one instead");
    }
}
