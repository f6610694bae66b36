package org.evidenz.support;

import java.util.List;

/** Every kind of reader page of the demo content, for checks that must hold on all of them. */
public final class ReaderPages {

    public static final String ARTICLE = "/en/low-back-pain/passive-treatments";

    /** The feedback form, as the article page's "Yes" button opens it. */
    public static final String FEEDBACK_FORM = "/en/feedback?article=passive-treatments&helpful=yes";

    public static final List<String> ALL = List.of(
            "/en/",
            "/en/low-back-pain",
            ARTICLE,
            "/en/treatments",
            "/en/treatments/manual-therapy",
            "/en/glossary",
            "/en/glossary/infection",
            "/en/sources",
            "/en/sources/mu-2020",
            "/en/search?q=does+massage+help",
            "/en/search?q=zzyzx+quokka",
            FEEDBACK_FORM,
            "/en/feedback/thanks?article=passive-treatments",
            "/en/no-such-page");

    private ReaderPages() {
    }
}
