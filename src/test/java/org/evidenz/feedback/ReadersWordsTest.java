package org.evidenz.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What the "you said, we did" check finds, and what ordinary summaries it leaves alone. */
class ReadersWordsTest {

    @Test
    void datesYearsAndStudyFiguresAreNotTakenForPhoneNumbersOrAddresses() {
        for (String summary : List.of("On 12.03.2026 we changed the table.", "In 2025 and 2026, 12 of 40 readers asked.",
                "Between 2015 and 2020 the trials had 1234 patients; 30-40 % felt better.",
                "We added PMID 12345678 and ISBN 978-3-16-148410-0.", "From 12 to 15 March 2026 the page was updated.",
                "Readers @ home asked. We answered.", "At most 1,000 characters (at least 3 weeks).")) {
            assertThat(ReadersWords.find(summary, List.of(), List.of())).as(summary).isEmpty();
        }
    }

    @Test
    void aPassageCountsWhateverItsCaseSpacingAndPunctuation() {
        var found = ReadersWords.find("We heard: THE   tape, it itched after two days!",
                List.of("The tape - it itched after two days."), List.of());
        assertThat(found).containsInstanceOf(ReadersWords.SharedPassage.class);
        assertThat(((ReadersWords.SharedPassage) found.orElseThrow()).words()).isEqualTo(7);
        assertThat(found.orElseThrow().message()).startsWith("7 words in a row (words 3 to 9 of the summary)");
    }

    @Test
    void fourOrdinaryWordsInARowAreNotAQuote() {
        assertThat(ReadersWords.find("Readers asked how long heat helps.", List.of("how long heat helps me?"),
                List.of())).isEmpty();
    }
}
