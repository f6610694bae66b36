package org.evidenz.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PlannedDateTest {

    @Test
    void yearOnlyReviewFallsDueAtTheEndOfThatYear() {
        PlannedDate due = PlannedDate.parse("2025");

        assertThat(due.yearOnly()).isTrue();
        assertThat(due.isOverdueOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(due.isOverdueOn(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(due).hasToString("2025");
    }

    @Test
    void exactDateIsOverdueFromTheNextDay() {
        PlannedDate due = PlannedDate.parse("2025-12-05");

        assertThat(due.isOverdueOn(LocalDate.of(2025, 12, 5))).isFalse();
        assertThat(due.isOverdueOn(LocalDate.of(2025, 12, 6))).isTrue();
        assertThat(due).hasToString("2025-12-05");
    }

    @Test
    void somethingElseIsRejectedWithAnExplanation() {
        assertThatThrownBy(() -> PlannedDate.parse("next spring"))
                .hasMessage("'next spring' is neither a year (2025) nor a date (2025-12-05)");
    }

    @Test
    void idsAreLowerCaseWordsJoinedBySingleHyphens() {
        assertThat(Ids.isValid("low-back-pain")).isTrue();
        assertThat(Ids.isValid("cd013814")).isTrue();
        assertThat(Ids.isValid("Low-back")).isFalse();
        assertThat(Ids.isValid("double--hyphen")).isFalse();
        assertThat(Ids.isValid("-leading")).isFalse();
        assertThat(Ids.isValid("a".repeat(101))).isFalse();
    }
}
