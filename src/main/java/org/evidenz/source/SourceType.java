package org.evidenz.source;

import java.util.Arrays;
import java.util.Optional;

/** What kind of publication a source is; decides how the citation engine formats it. */
public enum SourceType {

    ARTICLE_JOURNAL("article-journal"),
    REPORT("report"),
    GUIDELINE("guideline"),
    WEBPAGE("webpage"),
    BOOK("book");

    private final String code;

    SourceType(String code) {
        this.code = code;
    }

    /** The CSL name, also used in content bundles. */
    public String code() {
        return code;
    }

    public static Optional<SourceType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
