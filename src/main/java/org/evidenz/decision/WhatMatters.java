package org.evidenz.decision;

/**
 * The questions a reader may answer for themself about what matters to them ({@code decision.matters.<NAME>}),
 * each on the {@link Scale}. The answers only go onto the sheet: Evidenz never weighs options by them.
 */
public enum WhatMatters {
    SHORT_TERM_RELIEF,
    AVOIDING_SIDE_EFFECTS,
    COST,
    DOING_IT_MYSELF,
    TIME_IT_TAKES;

    /** The form field, e.g. {@code matters-short-term-relief}. */
    public String field() {
        return "matters-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String key() {
        return "decision.matters." + name();
    }

    /** How much something matters, in the reader's own judgement ({@code decision.scale.<NAME>}). */
    public enum Scale {
        NOT_AT_ALL,
        A_LITTLE,
        QUITE_A_LOT,
        VERY_MUCH;

        /** The form value, e.g. {@code quite-a-lot}. */
        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public String key() {
            return "decision.scale." + name();
        }

        static java.util.Optional<Scale> ofValue(String value) {
            return java.util.Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
        }
    }
}
