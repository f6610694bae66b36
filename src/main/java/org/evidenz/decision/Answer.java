package org.evidenz.decision;

import java.util.List;

import org.evidenz.treatment.TreatmentCard;

/**
 * One statement in a cell of the comparison, and what it is derived from. A cell holds statements from one kind of
 * structured record (the treatment itself, a finding, a harm, a recommendation, a coverage rule), each with the
 * sources of that record; or else the one statement {@link NotStated}. Nothing in a cell is written for the
 * comparison: the words are the record's own or the vocabularies' (the same message keys the article uses).
 */
public sealed interface Answer {

    /** The kind of record a statement comes from. */
    enum Basis {
        TREATMENT,
        FINDING,
        HARM,
        RECOMMENDATION,
        COVERAGE,
        NOT_STATED
    }

    Basis basis();

    /** The sources the statement rests on: those of its record. */
    List<String> sourceIds();

    /**
     * What the treatment is and involves: its description and variants, and how it is claimed to work with the
     * sources' view of that claim.
     */
    record About(TreatmentCard card) implements Answer {

        public Basis basis() {
            return Basis.TREATMENT;
        }

        /** The treatment's texts cite inline, where they cite at all. */
        public List<String> sourceIds() {
            return List.of();
        }
    }

    /** Who gives it: active or passive, the editors' "delivered by" and the note on practitioners. */
    record Givers(TreatmentCard card) implements Answer {

        public Basis basis() {
            return Basis.TREATMENT;
        }

        public List<String> sourceIds() {
            return List.of();
        }
    }

    /** A finding: for "does it help" its effect, for "how sure" its certainty. */
    record Finding(TreatmentCard.FindingView view) implements Answer {

        public Basis basis() {
            return Basis.FINDING;
        }

        public List<String> sourceIds() {
            return view.finding().sourceIds();
        }
    }

    record Harm(TreatmentCard.HarmView view) implements Answer {

        public Basis basis() {
            return Basis.HARM;
        }

        public List<String> sourceIds() {
            return view.harm().sourceIds();
        }
    }

    record Recommendation(TreatmentCard.RecommendationView view) implements Answer {

        public Basis basis() {
            return Basis.RECOMMENDATION;
        }

        public List<String> sourceIds() {
            return view.recommendation().sourceIds();
        }
    }

    record Coverage(TreatmentCard.CoverageView view) implements Answer {

        public Basis basis() {
            return Basis.COVERAGE;
        }

        public List<String> sourceIds() {
            return view.coverage().sourceIds();
        }
    }

    /** "Our sources do not say": the data holds nothing on this question for this option. */
    record NotStated() implements Answer {

        public Basis basis() {
            return Basis.NOT_STATED;
        }

        public List<String> sourceIds() {
            return List.of();
        }
    }
}
