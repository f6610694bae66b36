package org.evidenz.decision;

import static com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI;
import static com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.evidenz.site.Page;
import org.evidenz.site.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;

/**
 * The appointment sheet as a PDF, made from our own XHTML template ({@code decision/sheet-pdf.jte}) by
 * openhtmltopdf: real text in an embedded, freely licensed font (DejaVu Sans), the document's language, and a
 * tagged structure (PDF/UA), so that screen readers can read it. The renderer may load nothing from outside: the
 * sheet carries everything it shows. Its diagnostics are dropped rather than logged, as they may quote the document,
 * and the document holds what the reader typed.
 */
@Component
class SheetPdf {

    private static final Logger log = LoggerFactory.getLogger(SheetPdf.class);
    private static final String FAMILY = "DejaVu Sans";
    private static final String FONTS = "/decision/fonts/";

    private final TemplateEngine engine;
    private final String css;

    SheetPdf(SiteProperties site) {
        try (InputStream in = SheetPdf.class.getResourceAsStream("/decision/sheet-pdf.css")) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (site.templatesFromSource()) {
            engine = TemplateEngine.create(new DirectoryCodeResolver(Path.of("src/main/jte")), ContentType.Html);
            engine.setTrimControlStructures(true);
        } else {
            engine = TemplateEngine.createPrecompiled(ContentType.Html);
        }
    }

    byte[] render(Page page, Sheet sheet) {
        StringOutput xhtml = new StringOutput();
        engine.render("decision/sheet-pdf.jte", Map.of("page", page, "sheet", sheet, "css", css), xhtml);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true)
                .useExternalResourceAccessControl((uri, type) -> false, RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, RUN_AFTER_RESOLVING_URI)
                .withDiagnosticConsumer(diagnostic -> log.debug("PDF renderer: {}", diagnostic.getLogMessageId()))
                .withProducer("Evidenz")
                .withHtmlContent(xhtml.toString(), null)
                .toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = SheetPdf.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("Font " + FONTS + file + " is missing from the application");
        }
        return in;
    }
}
