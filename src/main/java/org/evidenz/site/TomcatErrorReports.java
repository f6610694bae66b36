package org.evidenz.site;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.evidenz.shared.Language;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests itself, before any filter runs: a path that is not valid UTF-8 ({@code /en/%C0%AF}),
 * an encoded NUL, a request line it cannot parse. Its own report is an HTML page without our security headers and
 * without {@code Cache-Control}; this one is a short plain text in the reader's language (as far as the address
 * tells it) with the security headers and {@code no-store}, like every other error answer.
 */
@Component
class TomcatErrorReports implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final MessageSource messages;

    TomcatErrorReports(MessageSource messages) {
        this.messages = messages;
    }

    /** After Spring Boot's customizer, which installs a plain ErrorReportValve that this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new PlainReport(messages));
                // Otherwise the host adds Tomcat's own report when it starts, and that one would answer first.
                host.setErrorReportValveClass(PlainReport.class.getName());
            }
        });
    }

    static final class PlainReport extends ErrorReportValve {

        private final MessageSource messages;

        PlainReport(MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            Language language = languageOf(request.getRequestURI());
            Messages text = new Messages(messages, language);
            String kind = status == 404 ? "not-found" : status < 500 ? "bad-request" : "server";
            SecurityHeaders.writeTo(request, response);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.code());
            response.setContentType("text/plain;charset=UTF-8");
            try {
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(text.t("error.status", status) + "\n\n" + text.t("error." + kind + ".title")
                            + "\n\n" + text.t("error." + kind + ".text") + "\n");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException gone) {
                // The client has gone, or the response was closed meanwhile: nobody is left to read the report.
            }
        }

        /** The raw address, as far as it can be read: {@code /de/…} is German, anything else English. */
        private static Language languageOf(String uri) {
            return uri != null && (uri.equals("/de") || uri.startsWith("/de/")) ? Language.DE : Language.EN;
        }
    }
}
