package org.evidenz.bundle;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.evidenz.article.Articles;
import org.evidenz.article.Topics;
import org.evidenz.condition.Conditions;
import org.evidenz.evidence.Findings;
import org.evidenz.evidence.Guidelines;
import org.evidenz.glossary.Glossary;
import org.evidenz.shared.ContentChanged;
import org.evidenz.shared.Language;
import org.evidenz.source.Sources;
import org.evidenz.treatment.CoverageRules;
import org.evidenz.treatment.Harms;
import org.evidenz.treatment.Treatments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a validated bundle into the database in one transaction: all of it or, if anything fails, none of it.
 */
@Service
public class BundleImporter {

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
    private final ApplicationEventPublisher events;

    BundleImporter(Sources sources, Conditions conditions, Treatments treatments, Harms harms,
            CoverageRules coverageRules, Findings findings, Guidelines guidelines, Glossary glossary, Topics topics,
            Articles articles, ApplicationEventPublisher events) {
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
        this.events = events;
    }

    /** True when no content has been loaded yet. */
    public boolean isDatabaseEmpty() {
        return sources.isEmpty() && Arrays.stream(Language.values()).allMatch(l -> topics.findAll(l).isEmpty());
    }

    /** Replaces all content with the bundle's. */
    @Transactional
    public void replaceAll(Bundle bundle) {
        deleteAll();
        bundle.sources().forEach(sources::insert);
        Set<Language> languages = new HashSet<>();
        for (Edition edition : bundle.editions()) {
            insert(edition);
            languages.add(edition.language());
        }
        events.publishEvent(new ContentChanged(languages.isEmpty() ? Set.of(Language.values()) : languages));
    }

    private void deleteAll() {
        topics.deleteAll();
        findings.deleteAll();
        treatments.deleteAll();
        glossary.deleteAll();
        conditions.deleteAll();
        sources.deleteAll();
    }

    private void insert(Edition edition) {
        edition.conditions().forEach(conditions::insert);
        insertInOrder(edition.treatments(), treatments::insert);
        insertInOrder(edition.harms(), harms::insert);
        insertInOrder(edition.coverage(), coverageRules::insert);
        insertInOrder(edition.findings(), findings::insert);
        insertInOrder(edition.guidelines(), guidelines::insert);
        edition.glossary().forEach(glossary::insert);
        insertInOrder(edition.topics(), topics::insert);
        insertInOrder(edition.articles(), articles::insert);
    }

    private static <T> void insertInOrder(List<T> items, java.util.function.ObjIntConsumer<T> insert) {
        for (int i = 0; i < items.size(); i++) {
            insert.accept(items.get(i), i);
        }
    }
}
