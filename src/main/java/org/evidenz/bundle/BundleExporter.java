package org.evidenz.bundle;

import java.util.ArrayList;
import java.util.List;

import org.evidenz.article.Articles;
import org.evidenz.article.Topics;
import org.evidenz.condition.Conditions;
import org.evidenz.evidence.Findings;
import org.evidenz.evidence.Guidelines;
import org.evidenz.glossary.Glossary;
import org.evidenz.shared.Language;
import org.evidenz.source.Sources;
import org.evidenz.treatment.CoverageRules;
import org.evidenz.treatment.Harms;
import org.evidenz.treatment.Treatments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads all content, in every state, back into a {@link Bundle}: the inverse of {@link BundleImporter}. */
@Service
public class BundleExporter {

    private final Sources sources;
    private final Conditions conditions;
    private final Treatments treatments;
    private final Harms harms;
    private final CoverageRules coverageRules;
    private final Findings findings;
    private final Guidelines guidelines;
    private final Glossary glossary;
    private final Topics topics;
    private final Articles articles;

    BundleExporter(Sources sources, Conditions conditions, Treatments treatments, Harms harms,
            CoverageRules coverageRules, Findings findings, Guidelines guidelines, Glossary glossary, Topics topics,
            Articles articles) {
        this.sources = sources;
        this.conditions = conditions;
        this.treatments = treatments;
        this.harms = harms;
        this.coverageRules = coverageRules;
        this.findings = findings;
        this.guidelines = guidelines;
        this.glossary = glossary;
        this.topics = topics;
        this.articles = articles;
    }

    /** A consistent snapshot: read in one transaction. Languages without any content are left out. */
    @Transactional(readOnly = true)
    public Bundle export(String name) {
        List<Edition> editions = new ArrayList<>();
        for (Language language : Language.values()) {
            Edition edition = new Edition(language, conditions.findAll(language), treatments.findAll(language),
                    harms.findAll(language), coverageRules.findAll(language), findings.findAll(language),
                    guidelines.findAll(language), glossary.findAll(language), topics.findAll(language),
                    articles.findAll(language));
            if (!isEmpty(edition)) {
                editions.add(edition);
            }
        }
        return new Bundle(BundleReader.FORMAT, name, sources.findAll(), editions);
    }

    private static boolean isEmpty(Edition e) {
        return e.conditions().isEmpty() && e.treatments().isEmpty() && e.findings().isEmpty()
                && e.guidelines().isEmpty() && e.glossary().isEmpty() && e.topics().isEmpty()
                && e.articles().isEmpty();
    }
}
