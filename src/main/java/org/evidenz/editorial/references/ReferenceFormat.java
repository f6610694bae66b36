package org.evidenz.editorial.references;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** The formats reference managers and PubMed export, which editors can paste or upload. */
public enum ReferenceFormat {

    RIS("RIS (Zotero, EndNote, Mendeley, Citavi)"),
    BIBTEX("BibTeX"),
    CSL_JSON("CSL-JSON (Zotero, citation.js)"),
    MEDLINE("PubMed: MEDLINE / .nbib text"),
    PUBMED_XML("PubMed XML (PubmedArticleSet)");

    private static final Pattern RIS_START = Pattern.compile("(?m)^\\s*TY {2}- ");
    private static final Pattern BIBTEX_START = Pattern.compile("(?m)^\\s*@[A-Za-z]+\\s*[{(]");
    private static final Pattern MEDLINE_TAG = Pattern.compile("(?m)^(PMID|TI  |DP  |AU  |TA  )- ");

    private final String label;

    ReferenceFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The form's code for this format. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<ReferenceFormat> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
    }

    /** The format the text is in, judged by how each format starts; empty when it looks like none of them. */
    public static Optional<ReferenceFormat> detect(String text) {
        String start = text.stripLeading();
        if (start.startsWith("<")) {
            return Optional.of(PUBMED_XML);
        }
        if (start.startsWith("[") || start.startsWith("{")) {
            return Optional.of(CSL_JSON);
        }
        if (RIS_START.matcher(text).find()) {
            return Optional.of(RIS);
        }
        if (BIBTEX_START.matcher(text).find()) {
            return Optional.of(BIBTEX);
        }
        if (MEDLINE_TAG.matcher(text).find()) {
            return Optional.of(MEDLINE);
        }
        return Optional.empty();
    }
}
