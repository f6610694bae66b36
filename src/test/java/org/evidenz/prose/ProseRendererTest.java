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
}
