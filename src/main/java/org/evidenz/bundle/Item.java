package org.evidenz.bundle;

import java.util.List;

import org.evidenz.article.Article;
import org.evidenz.article.Topic;
import org.evidenz.condition.Condition;
import org.evidenz.evidence.EvidenceFinding;
import org.evidenz.evidence.Guideline;
import org.evidenz.glossary.Term;
import org.evidenz.shared.Language;
import org.evidenz.source.Source;
import org.evidenz.treatment.Coverage;
import org.evidenz.treatment.Harm;
import org.evidenz.treatment.Treatment;

/** One content item as an editor edits it and a revision stores it. */
public sealed interface Item {

    ItemKind kind();

    /** Null for sources, which every language shares. */
    Language language();

    String id();

    record SourceItem(Source source) implements Item {
        public ItemKind kind() {
            return ItemKind.SOURCE;
        }

        public Language language() {
            return null;
        }

        public String id() {
            return source.id();
        }
    }

    record ConditionItem(Condition condition) implements Item {
        public ItemKind kind() {
            return ItemKind.CONDITION;
        }

        public Language language() {
            return condition.language();
        }

        public String id() {
            return condition.id();
        }
    }

    /** A treatment with its harms, as the bundle nests them. */
    record TreatmentItem(Treatment treatment, List<Harm> harms) implements Item {
        public TreatmentItem {
            harms = List.copyOf(harms);
        }

        public ItemKind kind() {
            return ItemKind.TREATMENT;
        }

        public Language language() {
            return treatment.language();
        }

        public String id() {
            return treatment.id();
        }
    }

    record CoverageItem(Coverage coverage) implements Item {
        public ItemKind kind() {
            return ItemKind.COVERAGE;
        }

        public Language language() {
            return coverage.language();
        }

        public String id() {
            return coverage.id();
        }
    }

    record FindingItem(EvidenceFinding finding) implements Item {
        public ItemKind kind() {
            return ItemKind.FINDING;
        }

        public Language language() {
            return finding.language();
        }

        public String id() {
            return finding.id();
        }
    }

    record GuidelineItem(Guideline guideline) implements Item {
        public ItemKind kind() {
            return ItemKind.GUIDELINE;
        }

        public Language language() {
            return guideline.language();
        }

        public String id() {
            return guideline.id();
        }
    }

    record TermItem(Term term) implements Item {
        public ItemKind kind() {
            return ItemKind.TERM;
        }

        public Language language() {
            return term.language();
        }

        public String id() {
            return term.id();
        }
    }

    record TopicItem(Topic topic) implements Item {
        public ItemKind kind() {
            return ItemKind.TOPIC;
        }

        public Language language() {
            return topic.language();
        }

        public String id() {
            return topic.id();
        }
    }

    record ArticleItem(Article article) implements Item {
        public ItemKind kind() {
            return ItemKind.ARTICLE;
        }

        public Language language() {
            return article.language();
        }

        public String id() {
            return article.id();
        }
    }
}
