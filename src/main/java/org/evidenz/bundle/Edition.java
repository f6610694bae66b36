package org.evidenz.bundle;

import java.util.List;

import org.evidenz.article.AboutPage;
import org.evidenz.article.Article;
import org.evidenz.article.Topic;
import org.evidenz.condition.Condition;
import org.evidenz.evidence.EvidenceFinding;
import org.evidenz.evidence.Guideline;
import org.evidenz.glossary.Term;
import org.evidenz.shared.Language;
import org.evidenz.treatment.Coverage;
import org.evidenz.treatment.Harm;
import org.evidenz.treatment.Treatment;

/** Everything a bundle holds in one language: one language folder. */
public record Edition(
        Language language,
        List<Condition> conditions,
        List<Treatment> treatments,
        List<Harm> harms,
        List<Coverage> coverage,
        List<EvidenceFinding> findings,
        List<Guideline> guidelines,
        List<Term> glossary,
        List<Topic> topics,
        List<Article> articles,
        List<AboutPage> pages) {

    public Edition {
        conditions = List.copyOf(conditions);
        treatments = List.copyOf(treatments);
        harms = List.copyOf(harms);
        coverage = List.copyOf(coverage);
        findings = List.copyOf(findings);
        guidelines = List.copyOf(guidelines);
        glossary = List.copyOf(glossary);
        topics = List.copyOf(topics);
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
    }
}
