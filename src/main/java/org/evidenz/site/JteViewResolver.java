package org.evidenz.site;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.resolve.DirectoryCodeResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Resolves a view name such as {@code article/article} to the jte template {@code article/article.jte}. Templates
 * are precompiled at build time; the model's entries are the template's parameters.
 */
@Component
class JteViewResolver implements ViewResolver {

    private final TemplateEngine engine;

    JteViewResolver(SiteProperties properties) {
        if (properties.templatesFromSource()) {
            this.engine = TemplateEngine.create(new DirectoryCodeResolver(Path.of("src/main/jte")), ContentType.Html);
            this.engine.setTrimControlStructures(true);
        } else {
            this.engine = TemplateEngine.createPrecompiled(ContentType.Html);
        }
    }

    @Override
    public View resolveViewName(String viewName, Locale locale) {
        if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
            return null;
        }
        String template = viewName + ".jte";
        return new View() {
            @Override
            public String getContentType() {
                return "text/html;charset=UTF-8";
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws Exception {
                @SuppressWarnings("unchecked")
                Map<String, Object> params = (Map<String, Object>) model;
                Utf8ByteOutput output = new Utf8ByteOutput();
                engine.render(template, withoutBindingResults(params), output);
                response.setContentType(getContentType());
                response.setContentLength(output.getContentLength());
                output.writeTo(response.getOutputStream());
            }
        };
    }

    /** Spring adds BindingResult entries to the model; templates declare only their own parameters. */
    private static Map<String, Object> withoutBindingResults(Map<String, Object> model) {
        var params = new java.util.HashMap<String, Object>();
        model.forEach((key, value) -> {
            if (!key.startsWith("org.springframework.validation.BindingResult.")) {
                params.put(key, value);
            }
        });
        return params;
    }
}
