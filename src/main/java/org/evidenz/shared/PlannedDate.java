package org.evidenz.shared;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A date that may be known only to the year, such as "next planned update: 2025". A year-only date falls due at
 * the end of that year, so a review planned for 2025 is overdue from 1 January 2026 on.
 */
public record PlannedDate(LocalDate date, boolean yearOnly) {

    public PlannedDate {
        Objects.requireNonNull(date, "date");
        if (yearOnly && !date.equals(Year.of(date.getYear()).atMonth(12).atEndOfMonth())) {
            throw new IllegalArgumentException("A year-only date must be stored as the last day of its year");
        }
    }

    public static PlannedDate ofYear(int year) {
        return new PlannedDate(Year.of(year).atMonth(12).atEndOfMonth(), true);
    }

    public static PlannedDate ofDate(LocalDate date) {
        return new PlannedDate(date, false);
    }

    /** Parses {@code 2025} or {@code 2025-12-05}. */
    public static PlannedDate parse(String text) {
        String value = Objects.requireNonNull(text, "text").strip();
        if (value.matches("\\d{4}")) {
            return ofYear(Integer.parseInt(value));
        }
        try {
            return ofDate(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is neither a year (2025) nor a date (2025-12-05)");
        }
    }

    public int year() {
        return date.getYear();
    }

    public boolean isOverdueOn(LocalDate today) {
        return today.isAfter(date);
    }

    /** The form it is written in a bundle: {@code 2025} or {@code 2025-12-05}. */
    @Override
    public String toString() {
        return yearOnly ? String.valueOf(date.getYear()) : date.toString();
    }
}
