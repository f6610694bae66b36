package org.evidenz.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.evidenz.article.Article;
import org.evidenz.article.PublishedArticles;
import org.evidenz.prose.ProseContext;
import org.evidenz.shared.Language;
import org.evidenz.support.ReaderSiteTest;
import org.evidenz.treatment.Coverage;
import org.evidenz.treatment.Harm;
import org.evidenz.treatment.Plausibility;
import org.evidenz.treatment.Treatment;
import org.evidenz.treatment.TreatmentKind;
import org.evidenz.treatment.TreatmentProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every cell of the comparison is derived from one kind of record of the option's profile — the treatment itself, a
 * finding, a harm, a recommendation or a coverage rule — with exactly that record's sources cited, and holds every
 * such record and nothing else; where the profile has none, the cell says "not stated". Checked on every treatment
 * of the demo content, in both languages, and on a treatment the sources say nothing about.
 */
@ReaderSiteTest
class EveryCellRestsOnTheDataTest {

    private static final Pattern CITED_NUMBER = Pattern.compile("href=\"#ref-(\\d+)\"");

    @Autowired
    Options options;

    @Autowired
    PublishedArticles published;

    @Test
    void everyCellOfEveryPublishedTreatmentComesFromItsRecordsAndCitesTheirSources() {
        int checked = 0;
        for (Language language : Language.values()) {
            for (Article article : published.articles(language)) {
                List<TreatmentProfile> profiles = published.treatmentProfiles(article);
                ProseContext context = new ProseContext(List.of(), "Source");
                List<Option> built = options.of(profiles, context);
                Map<String, Integer> numbers = numbering(context);
                for (int i = 0; i < profiles.size(); i++) {
                    checkOption(profiles.get(i), built.get(i), numbers);
                    checked++;
                }
            }
        }
        assertThat(checked).as("treatments checked, both languages").isEqualTo(34);
    }

    @Test
    void aTreatmentOurSourcesSayNothingAboutSaysNotStatedInEveryEvidenceCell() {
        Treatment bare = new Treatment(Language.EN, "bare", "bare", "Bare", TreatmentKind.ACTIVE, "Summary",
                "Something you do.", null, Plausibility.NOT_ASSESSED, null, null, null, List.of(), List.of());
        TreatmentProfile profile = new TreatmentProfile(bare, List.of(), List.of(), List.of(), List.of());

        Option option = options.of(profile, new ProseContext(List.of(), "Source"));

        assertThat(option.cells()).extracting(Option.Cell::question).containsExactly(Question.values());
        assertThat(option.cells()).allSatisfy(cell -> assertThat(cell.answers()).isNotEmpty());
        assertThat(option.cells()).filteredOn(Option.Cell::notStated).extracting(Option.Cell::question)
                .containsExactly(Question.HELPS, Question.CERTAINTY, Question.RISKS, Question.GUIDELINE,
                        Question.COSTS);
        assertThat(option.cells().get(0).answers()).singleElement().isInstanceOf(Answer.About.class);
        assertThat(option.cells().get(1).answers()).singleElement().isInstanceOf(Answer.Givers.class);
    }

    private static void checkOption(TreatmentProfile profile, Option option, Map<String, Integer> numbers) {
        String name = profile.treatment().language() + "/" + profile.treatment().id();
        assertThat(option.cells()).as(name).extracting(Option.Cell::question).containsExactly(Question.values());
        for (Option.Cell cell : option.cells()) {
            String where = name + " " + cell.question();
            List<Object> records = records(profile, cell.question());
            if (records.isEmpty()) {
                assertThat(cell.answers()).as(where).singleElement().isInstanceOf(Answer.NotStated.class);
                continue;
            }
            assertThat(cell.answers()).as(where).hasSameSizeAs(records);
            for (int i = 0; i < records.size(); i++) {
                Answer answer = cell.answers().get(i);
                assertThat(derivedFrom(answer)).as(where).isSameAs(records.get(i));
                assertThat(answer.sourceIds()).as(where).isEqualTo(sourcesOf(records.get(i)));
                String citation = citationHtml(answer);
                if (!answer.sourceIds().isEmpty()) {
                    assertThat(citedNumbers(citation)).as(where + " cites its sources")
                            .containsExactlyInAnyOrderElementsOf(answer.sourceIds().stream().map(numbers::get)
                                    .distinct().toList());
                }
            }
        }
    }

    /** The records a question is answered from, in the profile's order. */
    private static List<Object> records(TreatmentProfile profile, Question question) {
        return switch (question) {
            case WHAT, WHO -> List.of(profile.treatment());
            case HELPS, CERTAINTY -> List.copyOf(profile.findings());
            case RISKS -> List.copyOf(profile.harms());
            case GUIDELINE -> profile.recommendations().stream().map(r -> (Object) r.recommendation()).toList();
            case COSTS -> profile.coverage().stream().filter(c -> c.jurisdiction().equals("DE"))
                    .map(c -> (Object) c).toList();
        };
    }

    private static Object derivedFrom(Answer answer) {
        return switch (answer) {
            case Answer.About about -> about.card().treatment();
            case Answer.Givers givers -> givers.card().treatment();
            case Answer.Finding finding -> finding.view().finding();
            case Answer.Harm harm -> harm.view().harm();
            case Answer.Recommendation rec -> rec.view().recommendation();
            case Answer.Coverage coverage -> coverage.view().coverage();
            case Answer.NotStated notStated -> notStated;
        };
    }

    private static List<String> sourcesOf(Object record) {
        return switch (record) {
            case Treatment treatment -> List.of();
            case org.evidenz.evidence.EvidenceFinding finding -> finding.sourceIds();
            case Harm harm -> harm.sourceIds();
            case org.evidenz.evidence.Recommendation recommendation -> recommendation.sourceIds();
            case Coverage coverage -> coverage.sourceIds();
            default -> throw new AssertionError("Not a record a cell may rest on: " + record);
        };
    }

    private static String citationHtml(Answer answer) {
        return switch (answer) {
            case Answer.Finding finding -> finding.view().citationHtml();
            case Answer.Harm harm -> harm.view().citationHtml();
            case Answer.Recommendation rec -> rec.view().citationHtml();
            case Answer.Coverage coverage -> coverage.view().citationHtml();
            default -> "";
        };
    }

    private static List<Integer> citedNumbers(String html) {
        Matcher matcher = CITED_NUMBER.matcher(html);
        List<Integer> numbers = new java.util.ArrayList<>();
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }

    private static Map<String, Integer> numbering(ProseContext context) {
        List<String> cited = context.citedSourceIds();
        return cited.stream().collect(Collectors.toMap(Function.identity(), id -> cited.indexOf(id) + 1));
    }
}
