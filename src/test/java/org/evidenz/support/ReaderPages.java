package org.evidenz.support;

import java.util.List;
import java.util.stream.Stream;

/** Every kind of reader page of the demo content, in both languages, for checks that must hold on all of them. */
public final class ReaderPages {

    public static final String ARTICLE = "/en/low-back-pain/passive-treatments";
    public static final String GERMAN_ARTICLE = "/de/rueckenschmerzen/passive-behandlungen";

    /** The decision aid's comparison of three options, passive and active (decision/). */
    public static final String COMPARE = ARTICLE
            + "/compare?t=acupuncture&t=massage&t=strengthening-stretching-exercises";
    public static final String GERMAN_COMPARE = GERMAN_ARTICLE
            + "/compare?t=akupunktur&t=massage&t=kraeftigungs-und-dehnuebungen";

    /** The feedback form, as the article page's "Yes" button opens it. */
    public static final String FEEDBACK_FORM = "/en/feedback?article=passive-treatments&helpful=yes";

    /** The pages about the site (article/AboutPage), by id, in English and in German. */
    public static final List<String> ABOUT = List.of("/en/about/methods", "/en/about/help", "/en/about/accessibility",
            "/en/about/privacy", "/en/about/imprint");
    public static final List<String> GERMAN_ABOUT = List.of("/de/about/methoden", "/de/about/hilfe",
            "/de/about/barrierefreiheit", "/de/about/datenschutz", "/de/about/impressum");

    /** Each English page and the same page in German, in the same order. */
    public static final List<String> ENGLISH = Stream.concat(Stream.of(
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
            "/en/newsletter",
            FEEDBACK_FORM,
            "/en/feedback/thanks?article=passive-treatments",
            "/en/developers",
            "/en/no-such-page",
            COMPARE), ABOUT.stream()).toList();

    public static final List<String> GERMAN = Stream.concat(Stream.of(
            "/de/",
            "/de/rueckenschmerzen",
            GERMAN_ARTICLE,
            "/de/treatments",
            "/de/treatments/manuelle-therapie",
            "/de/glossary",
            "/de/glossary/infektion",
            "/de/sources",
            "/de/sources/mu-2020",
            "/de/search?q=hilft+Massage",
            "/de/search?q=zzyzx+quokka",
            "/de/newsletter",
            "/de/feedback?article=passive-treatments&helpful=yes",
            "/de/feedback/thanks?article=passive-treatments",
            "/de/developers",
            "/de/keine-solche-seite",
            GERMAN_COMPARE), GERMAN_ABOUT.stream()).toList();

    public static final List<String> NOT_FOUND = List.of("/en/no-such-page", "/de/keine-solche-seite");

    public static final List<String> ALL = Stream.concat(ENGLISH.stream(), GERMAN.stream()).toList();

    /** One answer of each kind the read API gives: lists, single items and the API's description. */
    public static final List<String> API = List.of(
            "/api/v1/topics?lang=en",
            "/api/v1/articles?lang=en",
            "/api/v1/articles/en/low-back-pain/passive-treatments",
            "/api/v1/articles/de/rueckenschmerzen/passive-behandlungen",
            "/api/v1/treatments?lang=en&kind=PASSIVE",
            "/api/v1/treatments/manual-therapy?lang=en",
            "/api/v1/glossary?lang=en",
            "/api/v1/sources/mu-2020",
            "/api/v1/openapi.json",
            "/api/v1/no-such-thing");

    private ReaderPages() {
    }
}
