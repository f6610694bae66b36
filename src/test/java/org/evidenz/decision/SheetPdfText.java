package org.evidenz.decision;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** What PDFBox reads from a sheet: its text, language, title, whether it is tagged, and its fonts. */
record SheetPdfText(String text, String language, String title, boolean tagged, boolean hasStructure, int pages,
        List<String> fonts, boolean allFontsEmbedded) {

    static SheetPdfText of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            boolean embedded = true;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    embedded &= font.isEmbedded();
                }
            }
            var catalog = document.getDocumentCatalog();
            return new SheetPdfText(new PDFTextStripper().getText(document), catalog.getLanguage(),
                    document.getDocumentInformation().getTitle(),
                    catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(),
                    catalog.getStructureTreeRoot() != null && !catalog.getStructureTreeRoot().getKids().isEmpty(),
                    document.getNumberOfPages(), fonts, embedded);
        }
    }

    /** The text with line breaks and runs of spaces made single spaces, as a reader would read it aloud. */
    String flowing() {
        return text.replaceAll("\\s+", " ");
    }
}
