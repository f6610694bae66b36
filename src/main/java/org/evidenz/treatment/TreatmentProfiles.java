package org.evidenz.treatment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evidenz.evidence.EvidenceFinding;
import org.evidenz.evidence.Findings;
import org.evidenz.evidence.Guideline;
import org.evidenz.evidence.Guidelines;
import org.evidenz.evidence.Recommendation;
import org.evidenz.shared.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles {@link TreatmentProfile}s: a treatment with its findings, harms, recommendations and coverage. */
@Service
public class TreatmentProfiles {

    private final Treatments treatments;
    private final Harms harms;
    private final CoverageRules coverageRules;
    private final Findings findings;
    private final Guidelines guidelines;

    TreatmentProfiles(Treatments treatments, Harms harms, CoverageRules coverageRules, Findings findings,
            Guidelines guidelines) {
        this.treatments = treatments;
        this.harms = harms;
        this.coverageRules = coverageRules;
        this.findings = findings;
        this.guidelines = guidelines;
    }

    /** The profiles of these treatments, in the given order; unknown ids are skipped. Reads one consistent state. */
    @Transactional(readOnly = true)
    public List<TreatmentProfile> of(Language language, List<String> treatmentIds) {
        List<Treatment> selected = treatments.findAllById(language, treatmentIds);
        Map<String, List<Harm>> harmsByTreatment = group(harms.findAll(language), Harm::treatmentId);
        Map<String, List<EvidenceFinding>> findingsByTreatment = group(findings.findAll(language),
                EvidenceFinding::treatmentId);
        List<Coverage> coverage = coverageRules.findAll(language);
        List<Guideline> allGuidelines = guidelines.findAll(language);
        List<TreatmentProfile> profiles = new ArrayList<>();
        for (Treatment treatment : selected) {
            List<TreatmentProfile.GuidelineRecommendation> recommendations = new ArrayList<>();
            for (Guideline guideline : allGuidelines) {
                for (Recommendation recommendation : guideline.recommendations()) {
                    if (recommendation.treatmentIds().contains(treatment.id())) {
                        recommendations.add(new TreatmentProfile.GuidelineRecommendation(guideline, recommendation));
                    }
                }
            }
            profiles.add(new TreatmentProfile(treatment,
                    findingsByTreatment.getOrDefault(treatment.id(), List.of()),
                    harmsByTreatment.getOrDefault(treatment.id(), List.of()), recommendations,
                    coverage.stream().filter(c -> c.treatmentIds().contains(treatment.id())).toList()));
        }
        return profiles;
    }

    public Optional<TreatmentProfile> of(Language language, String treatmentId) {
        return of(language, List.of(treatmentId)).stream().findFirst();
    }

    private static <T> Map<String, List<T>> group(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, List<T>> grouped = new LinkedHashMap<>();
        items.forEach(item -> grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
        return grouped;
    }
}
