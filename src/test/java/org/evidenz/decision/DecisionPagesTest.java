package org.evidenz.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenz.decision.SheetRequests.GERMAN_SHEET;
import static org.evidenz.decision.SheetRequests.SHEET;
import static org.evidenz.decision.SheetRequests.field;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.evidenz.decision.SheetRequests.Field;
import org.evidenz.support.Http;
import org.evidenz.support.ReaderPages;
import org.evidenz.support.ReaderSiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader compares the options they chose and takes a sheet to the appointment: over real HTTP, in English and
 * German, with bad choices told and nothing the reader typed kept, logged or cached.
 */
@ReaderSiteTest
@ExtendWith(OutputCaptureExtension.class)
class DecisionPagesTest {

    private static final String COMPARE = ReaderPages.ARTICLE + "/compare";
    private static final List<String> ALL_TREATMENTS = List.of("Acupuncture", "Electrotherapy", "Kinesiology taping",
            "Short-wave diathermy", "Laser therapy", "Magnetic field therapy", "Manual therapy", "Massage",
            "Osteopathy", "Heat or cold", "Therapeutic ultrasound", "Traction", "Pilates", "Yoga",
            "Relaxation techniques", "Cognitive behavioral therapy");

    @LocalServerPort
    int port;

    private Http http;
    private SheetRequests sheets;

    @BeforeEach
    void clients() {
        http = new Http(port);
        sheets = new SheetRequests(port);
    }

    @Test
    void articleAndTreatmentPagesOfferAPlainFormToChooseAmongAllTheArticlesTreatments() {
        Document article = http.page(ReaderPages.ARTICLE);
        Element form = article.selectFirst("form.option-picker");

        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo(COMPARE);
        assertThat(form.select("input[type=checkbox][name=t]")).hasSize(17);
        assertThat(form.select("input[name=t][value=strengthening-stretching-exercises]")).hasSize(1);

        Element onTreatmentPage = http.page("/en/treatments/massage").selectFirst("form.option-picker");
        assertThat(onTreatmentPage.attr("action")).isEqualTo(COMPARE);
        assertThat(onTreatmentPage.select("input[name=t][checked]").eachAttr("value")).containsExactly("massage");
    }

    @Test
    void comparisonAnswersEveryQuestionForEachChosenOptionAndSaysWhereTheSourcesAreSilent() {
        HttpResponse<String> response = http.get(COMPARE + "?t=acupuncture&t=massage&t=yoga");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.select(".option h3").eachText()).containsExactly("Acupuncture", "Massage", "Yoga");
        for (Element option : page.select(".option")) {
            assertThat(option.select(".option-cell h4").eachText()).containsExactly(
                    "What is it, and what does it involve?", "Who gives it?",
                    "Does it help? With what, how much, for how long?", "How sure can we be?",
                    "What can go wrong, and who should be careful?", "What does the guideline say?",
                    "Who pays in Germany?");
            assertThat(option.select(".option-cell")).allSatisfy(cell -> assertThat(cell.ownText() + cell.select(
                    "> :not(h4)").text()).as("cell of %s", option.selectFirst("h3").text()).isNotBlank());
        }
        Element yoga = page.select(".option").get(2);
        assertThat(yoga.select(".not-stated").eachText()).hasSize(5).containsOnly("Our sources do not say.");
        Element acupuncture = page.select(".option").get(0);
        assertThat(acupuncture.text()).contains("Small benefit", "Short-lived", "Certainty not rated",
                "Minor bleeding or bruising", "Often self-pay (IGeL)");
        assertThat(acupuncture.select(".cite a")).isNotEmpty();
        assertThat(page.select("#sources .references li")).isNotEmpty();
        assertThat(page.text()).contains("We do not rank the options or name a best one")
                .doesNotContainIgnoringCase("best option").doesNotContainIgnoringCase("recommended for you");
        assertThat(page.select("form.option-picker input[name=t][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("acupuncture", "massage", "yoga");
    }

    @Test
    void germanComparisonIsInGermanAndLeadsToTheEnglishOneWithTheSameOptions() {
        Document page = http.page(ReaderPages.GERMAN_COMPARE);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(page.select(".option h3").eachText()).containsExactly("Akupunktur", "Massage",
                "Übungen zur Kräftigung und Dehnung der Muskeln");
        assertThat(page.select(".not-stated").eachText()).contains("Unsere Quellen sagen dazu nichts.");
        assertThat(page.selectFirst(".language-switch a[hreflang=en]").attr("href")).isEqualTo(ReaderPages.COMPARE);
    }

    @Test
    void badChoicesAreExplainedAndTheValidOnesKept() {
        assertProblem(COMPARE + "?t=massage", List.of("massage"), "Please choose at least 2 options to compare.");
        assertProblem(COMPARE + "?t=massage&t=yoga&t=massage", List.of("massage", "yoga"),
                "You chose Massage more than once; it is shown once.");
        assertProblem(COMPARE + "?t=massage&t=cupping&t=yoga", List.of("massage", "yoga"),
                "We have no option called “cupping” on this page, so we left it out.");
        assertProblem(COMPARE + "?t=acupuncture&t=massage&t=yoga&t=pilates&t=traction", List.of("acupuncture",
                "massage", "yoga", "pilates", "traction"),
                "You chose 5 options. Please choose at most 4, so they fit side by side.");
        // A German slug is not an option of the English article.
        assertProblem(COMPARE + "?t=massage&t=akupunktur", List.of("massage"),
                "We have no option called “akupunktur” on this page, so we left it out.");

        List<String> twenty = new ArrayList<>(List.of("acupuncture", "electrotherapy", "kinesiology-taping",
                "short-wave-diathermy", "laser-therapy", "magnetic-field-therapy", "manual-therapy", "massage",
                "osteopathy", "heat-cold", "therapeutic-ultrasound", "traction", "pilates", "yoga"));
        twenty.addAll(List.of("massage", "yoga", "nope-1", "nope-2", "nope-3", "nope-4"));
        assertThat(twenty).hasSize(20);
        assertProblem(COMPARE + "?" + String.join("&", twenty.stream().map(s -> "t=" + s).toList()),
                twenty.subList(0, 14), "You chose 14 options. Please choose at most 4, so they fit side by side.");
    }

    @Test
    void aSlugWithMarkupIsShownAsTextNeverAsMarkup() {
        HttpResponse<String> response = http.get(COMPARE + "?t=massage&t=yoga&t=%3Cscript%3Ealert(1)%3C/script%3E");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select(".notice-error li").eachText())
                .containsExactly("We have no option called “<script>alert(1)</script>” on this page, so we left it out.");
        assertThat(page.select(".option h3").eachText()).containsExactly("Massage", "Yoga");
    }

    @Test
    void sheetInThePrintViewHoldsTheChoicesAnswersAndQuestionsAndIsKeptByNoCache() {
        HttpResponse<String> response = sheets.post(SHEET, List.of(field("t", "acupuncture"), field("t", "yoga"),
                field("matters-cost", "very-much"), field("matters-short-term-relief", "a-little"),
                field("question", "Can I do yoga with my <b>bad knee</b>?"),
                field("question", "Which of these options would you consider in my situation, and why?"),
                field("question", "  "), field("format", "print")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().allValues("Set-Cookie")).as("no cookie, no session").isEmpty();
        assertThat(response.body()).doesNotContain("<b>bad knee</b>");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select(".sheet-facts thead th").eachText()).containsExactly("Acupuncture", "Yoga");
        assertThat(page.select(".sheet-questions li").eachText()).containsExactly(
                "Can I do yoga with my <b>bad knee</b>?",
                "Which of these options would you consider in my situation, and why?");
        assertThat(page.select(".sheet-matters li").eachText()).contains(
                "How much do the costs matter to you? Very much",
                "How much does quick, short-term relief matter to you? A little",
                "How much does avoiding side effects matter to you? not answered");
        assertThat(page.select(".sheet-meta").text()).contains("Updated on December 5, 2022", "Next review due 2025")
                .contains("http://localhost:8080" + COMPARE + "?t=acupuncture&t=yoga");
        assertThat(page.select(".sheet-references li")).isNotEmpty();
        assertThat(page.select(".sheet-actions input[type=hidden][name=question]").eachAttr("value"))
                .as("the PDF button sends the same sheet again").hasSize(2);
    }

    @Test
    void sheetAsPdfIsTaggedHasEmbeddedFontsItsLanguageAndOnlyWhatTheReaderChose() throws Exception {
        String question = "Is traction safe with osteoporosis, unlike acupuncture needles?";
        HttpResponse<byte[]> response = sheets.postForBytes(SHEET, List.of(field("t", "massage"),
                field("t", "heat-cold"), field("t", "pilates"), field("matters-doing-it-myself", "quite-a-lot"),
                field("question", question), field("format", "pdf")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).startsWith("attachment").contains("appointment-sheet.pdf"));
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();

        SheetPdfText pdf = SheetPdfText.of(response.body());
        assertThat(pdf.flowing()).contains("Massage", "Heat or cold", "Pilates", question, "Quite a lot",
                "For my appointment", "Notes from the appointment", "Sources", "Next review due 2025");
        List<String> notChosen = new ArrayList<>(ALL_TREATMENTS);
        notChosen.removeAll(List.of("Massage", "Heat or cold", "Pilates"));
        String withoutQuestion = pdf.flowing().replace(question, "");
        assertThat(notChosen).noneMatch(withoutQuestion::contains);
        assertThat(pdf.language()).isEqualTo("en");
        assertThat(pdf.title()).startsWith("For my appointment");
        assertThat(pdf.tagged()).as("marked as tagged").isTrue();
        assertThat(pdf.hasStructure()).as("has a structure tree").isTrue();
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> assertThat(font).contains("DejaVuSans"));
        assertThat(pdf.allFontsEmbedded()).isTrue();
        assertThat(pdf.pages()).isBetween(1, 2);
    }

    @Test
    void fourOptionsAndTwelveQuestionsStillFitOnTwoPagesInGerman() throws Exception {
        List<Field> fields = new ArrayList<>(List.of(field("t", "akupunktur"), field("t", "massage"),
                field("t", "osteopathie"), field("t", "yoga"), field("format", "pdf")));
        for (int i = 1; i <= 12; i++) {
            fields.add(field("question", "Frage " + i + ": " + "Wie lange dauert das, und was kostet es? ".repeat(3)));
        }
        HttpResponse<byte[]> response = sheets.postForBytes(GERMAN_SHEET, fields);

        assertThat(response.statusCode()).isEqualTo(200);
        SheetPdfText pdf = SheetPdfText.of(response.body());
        assertThat(pdf.language()).isEqualTo("de");
        assertThat(pdf.flowing()).contains("Für mein Arztgespräch", "Akupunktur", "Osteopathie", "Frage 12",
                "Unsere Quellen sagen dazu nichts.");
        assertThat(pdf.pages()).isBetween(1, 2);
    }

    @Test
    void aSheetOfBadChoicesOrAnswersIsRefusedWithTheReasons() {
        assertSheetRefused(List.of(field("t", "massage"), field("format", "pdf")),
                "Please choose at least 2 options to compare.");
        assertSheetRefused(List.of(field("t", "massage"), field("t", "yoga"), field("matters-cost", "10"),
                field("format", "print")), "Please choose one of the answers offered for: How much do the costs "
                + "matter to you?");
        assertSheetRefused(List.of(field("t", "massage"), field("t", "yoga"), field("question", "x".repeat(501))),
                "One of your questions is too long: please shorten it to 500 characters or fewer.");
        assertSheetRefused(List.of(field("t", "massage"), field("t", "yoga"), field("format", "docx")),
                "Please choose the sheet to print or as a PDF.");
    }

    @Test
    void theSheetNeedsNoTokenButOtherReaderFormsStillDo() {
        assertThat(sheets.post(SHEET, List.of(field("t", "massage"), field("t", "yoga"))).statusCode())
                .isEqualTo(200);
        assertThat(sheets.post("/en/feedback", List.of(field("article", "passive-treatments"),
                field("helpful", "yes"))).statusCode()).as("feedback without its signed form token (ADR 28)")
                .isEqualTo(400);
        assertThat(sheets.post("/en/low-back-pain/passive-treatments/compare", List.of(field("t", "massage")))
                .statusCode()).as("the exemption is for the sheet only").isEqualTo(403);
    }

    @Test
    void nothingTheReaderTypesReachesTheServerLog(CapturedOutput output) {
        String marker = "Quokka-" + System.nanoTime();
        LoggerFactory.getLogger(DecisionPagesTest.class).info("log capture works: canary-{}", marker.length());

        sheets.post(SHEET, List.of(field("t", "massage"), field("t", "yoga"), field("question", marker + " print"),
                field("format", "print")));
        sheets.postForBytes(SHEET, List.of(field("t", "massage"), field("t", "yoga"),
                field("question", marker + " pdf"), field("format", "pdf")));
        sheets.post(SHEET, List.of(field("t", "massage"), field("t", marker), field("question", marker + " bad")));
        sheets.post(SHEET, List.of(field("t", "massage"), field("t", "yoga"), field("matters-cost", marker)));
        http.get(COMPARE + "?t=massage&t=" + marker);

        assertThat(output.getAll()).contains("canary-" + marker.length()).doesNotContain(marker);
    }

    private void assertProblem(String path, List<String> kept, String message) {
        HttpResponse<String> response = http.get(path);
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(page.select(".notice-error li").eachText()).as(path).contains(message);
        // The form lists the options in the article's order; the comparison keeps the reader's.
        assertThat(page.select("form.option-picker input[name=t][checked]").eachAttr("value")).as(path)
                .containsExactlyInAnyOrderElementsOf(kept);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    private void assertSheetRefused(List<Field> fields, String message) {
        HttpResponse<String> response = sheets.post(SHEET, fields);
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.select(".notice-error li").eachText()).contains(message);
    }
}
