package org.evidenz.bundle;

import org.evidenz.article.Articles;
import org.evidenz.article.Topics;
import org.evidenz.condition.Conditions;
import org.evidenz.evidence.Findings;
import org.evidenz.evidence.Guidelines;
import org.evidenz.glossary.Glossary;
import org.evidenz.source.Sources;
import org.evidenz.treatment.CoverageRules;
import org.evidenz.treatment.Harms;
import org.evidenz.treatment.Treatments;
import org.springframework.stereotype.Component;

/** Every repository a bundle covers: import writes to all of them, export reads from all of them. */
@Component
record ContentRepositories(
        Sources sources,
        Conditions conditions,
        Treatments treatments,
        Harms harms,
        CoverageRules coverageRules,
        Findings findings,
        Guidelines guidelines,
        Glossary glossary,
        Topics topics,
        Articles articles) {
}
