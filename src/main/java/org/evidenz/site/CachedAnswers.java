package org.evidenz.site;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletException;

/**
 * Answers reader pages and assets that {@link ReaderResponseCache} keeps before Tomcat builds a filter chain for the
 * request: a profile of a cached read showed the chain's creation and the filters that only pass it on as a good part
 * of the work (docs/adr/0032). Everything else, and every request the cache cannot answer, goes on as before.
 * Not installed when Spring's own filter rewrites forwarded headers: a valve would see the address before it does,
 * and a page's links follow that address.
 */
@Component
class CachedAnswers implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final ReaderResponseCache cache;
    private final boolean forwardedHeadersByFilter;

    CachedAnswers(ReaderResponseCache cache,
            @Value("${server.forward-headers-strategy:none}") String forwardHeadersStrategy) {
        this.cache = cache;
        this.forwardedHeadersByFilter = "framework".equalsIgnoreCase(forwardHeadersStrategy);
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (!forwardedHeadersByFilter) {
            factory.addContextCustomizers(context -> context.getPipeline().addValve(new FromMemory(cache)));
        }
    }

    private static final class FromMemory extends ValveBase {

        private final ReaderResponseCache cache;

        FromMemory(ReaderResponseCache cache) {
            super(true);
            this.cache = cache;
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            if (!cache.answerBeforeFilters(request, response)) {
                getNext().invoke(request, response);
            }
        }
    }
}
