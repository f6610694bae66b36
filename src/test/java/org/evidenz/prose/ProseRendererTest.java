package org.evidenz.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProseRendererTest {

    private final ProseRenderer renderer = new ProseRenderer();

    private static ProseContext context(TermLink... terms) {
        return new ProseContext(List.of(terms), "Source");
    }

    private static final TermLink INFECTION = new TermLink("infection", List.of("infection", "infections"),
            "/en/glossary/infection", "When germs get into the body & multiply.");

    @Test
    void citationsAreNumberedInOrderOfFirstUseAndLinkToTheReferenceList() {
        ProseContext context = context();

        String html = renderer.render("Small effect [@mu-2020; @chou-2017]. Again [@mu-2020].", context);

        assertThat(html).contains("<a href=\"#ref-1\"><span class=\"visually-hidden\">Source </span>1</a>, "
                + "<a href=\"#ref-2\"><span class=\"visually-hidden\">Source </span>2</a>]</sup>");
        assertThat(html).contains("Again <sup class=\"cite\">[<a href=\"#ref-1\">");
        assertThat(context.citedSourceIds()).containsExactly("mu-2020", "chou-2017");
    }

    @Test
    void numberingContinuesAcrossTextsOfOnePage() {
        ProseContext context = context();
        renderer.render("First [@a].", context);

        assertThat(context.cite(List.of("b", "a"))).containsExactly(2, 1);
        assertThat(context.citationHtml(List.of("c", "a"))).as("markers list numbers in ascending order")
                .matches(".*#ref-1.*#ref-3.*");
    }

    @Test
    void rawHtmlAndScriptsAreShownAsTextNeverExecuted() {
        String html = renderer.render("<script>alert(1)</script> and <b onclick=x>bold</b> "
                + "[link](javascript:alert(1))", context());

        assertThat(html).doesNotContain("<script").doesNotContain("<b ").doesNotContain("href=\"javascript");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void glossaryTermIsLinkedOnlyAtItsFirstOccurrenceOnThePage() {
        ProseContext context = context(INFECTION);

        String first = renderer.render("Sterile needles prevent infections. An infection is rare.", context);
        String second = renderer.render("Infection again.", context);

        assertThat(first).containsOnlyOnce("class=\"term-link\"");
        assertThat(first).contains("<a class=\"term-link\" href=\"/en/glossary/infection\" "
                + "aria-describedby=\"term-infection\">infections</a>");
        assertThat(first).contains("<span class=\"term-tip\" role=\"tooltip\" id=\"term-infection\">"
                + "When germs get into the body &amp; multiply.</span>");
        assertThat(second).doesNotContain("term-link");
    }

    @Test
    void termsInsideWordsLinksAndHeadingsAreNotLinked() {
        String html = renderer.render("### Infection\n\nDisinfections and [infection](https://example.org).",
                context(INFECTION));

        assertThat(html).doesNotContain("term-link");
    }

    @Test
    void aPageOfItsOwnKeepsItsSecondLevelHeadingsWhileOtherProseDoesNot() {
        String markdown = "## Your rights\n\nYou may ask.";

        assertThat(renderer.renderPage(markdown, context())).contains("<h2>Your rights</h2>");
        assertThat(renderer.render(markdown, context())).doesNotContain("<h2>").contains("Your rights");
    }

    @Test
    void longerTermFormWinsOverShorterOne() {
        TermLink backPain = new TermLink("back-pain", List.of("back pain"), "/en/glossary/back-pain", "Pain.");
        TermLink chronicBackPain = new TermLink("chronic-back-pain", List.of("chronic back pain"),
                "/en/glossary/chronic-back-pain", "Long pain.");

        String html = renderer.render("For chronic back pain.", context(backPain, chronicBackPain));

        assertThat(html).contains(">chronic back pain</a>");
    }

    @Test
    void blockLinesSplitTheProseIntoPartsInReadingOrder() {
        List<ProseSyntax.Part> parts = ProseSyntax.split("Intro.\n\n{{comparison-table}}\n\nAfter.");

        assertThat(parts).containsExactly(new ProseSyntax.Part("Intro.\n\n", null),
                new ProseSyntax.Part(null, "comparison-table"), new ProseSyntax.Part("\n\nAfter.", null));
    }

    @Test
    void inlineRenderingDropsTheSingleParagraph() {
        assertThat(renderer.renderInline("Minor *bleeding*.", context())).isEqualTo("Minor <em>bleeding</em>.");
    }

    @Test
    void plainTextDropsFormattingAndCitations() {
        assertThat(renderer.plainText("The *energy pathways* [@iqwig-2022] were never found.\n\nSecond."))
                .isEqualTo("The energy pathways were never found. Second.");
    }

    @Test
    void syntaxHelpersFindCitationsAndBlocks() {
        assertThat(ProseSyntax.citedSourceIds("a [@x] b [@y; @x] c [not a citation]")).containsExactly("x", "y");
        assertThat(ProseSyntax.blockNames("{{a}}\ntext {{b}} inline\n{{c}}  \n")).containsExactly("a", "c");
    }
    private static final ProseFigure SPINE = new ProseFigure("/pictures/spine-960-0123456789abcdef.png",
            "/pictures/spine-480-0123456789abcdef.png 480w, /pictures/spine-960-0123456789abcdef.png 960w", 960, 540,
            "A spine drawn in blue", "The lower back — Evidenz, CC BY 4.0");

    @Test
    void aLibraryPictureAloneInItsParagraphBecomesAFigureWithWidthsSizeAltAndCaption() {
        ProseContext context = new ProseContext(List.of(), "Source", id -> id.equals("spine") ? SPINE : null);

        String html = renderer.render("Before.\n\n![](image:spine)\n\nAfter.", context);

        assertThat(html).contains("<p>Before.</p>").contains("<p>After.</p>")
                .contains("<figure class=\"picture\"><img src=\"/pictures/spine-960-0123456789abcdef.png\" "
                        + "srcset=\"/pictures/spine-480-0123456789abcdef.png 480w , "
                        + "/pictures/spine-960-0123456789abcdef.png 960w\" sizes=\"(max-width: 48em) 100vw, 45em\" "
                        + "width=\"960\" height=\"540\" alt=\"A spine drawn in blue\" loading=\"lazy\" "
                        + "decoding=\"async\" /><figcaption>The lower back — Evidenz, CC BY 4.0</figcaption>"
                        + "</figure>")
                .doesNotContain("<p><figure");
        assertThat(ProseSyntax.imageIds("x ![](image:spine) y ![alt](image:other)")).containsExactly("spine", "other");
    }

    @Test
    void aDecorativePictureKeepsAnEmptyAltSoThatScreenReadersSkipIt() {
        ProseFigure decorative = new ProseFigure(SPINE.src(), SPINE.srcset(), 960, 540, "", "Evidenz, own work");
        String html = renderer.render("![](image:spine)", new ProseContext(List.of(), "Source", id -> decorative));
        assertThat(html).contains("alt=\"\"");
    }

    @Test
    void anImageThatIsNotAShowableLibraryPictureIsDropped() {
        ProseContext context = new ProseContext(List.of(), "Source", id -> null);
        assertThat(renderer.render("![no alt in this language](image:spine)", context)).doesNotContain("<img");
        assertThat(renderer.render("![tracker](https://elsewhere.example/pixel.png)", context))
                .doesNotContain("<img").doesNotContain("elsewhere");
        ProseContext withSpine = new ProseContext(List.of(), "Source", id -> SPINE);
        assertThat(renderer.render("Inline ![](image:spine) in a sentence.", withSpine)).doesNotContain("<img")
                .contains("Inline");
    }
}
