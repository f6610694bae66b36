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
import org.evidenz.source.Source;
import org.evidenz.treatment.Coverage;
import org.evidenz.treatment.Harm;
import org.evidenz.treatment.Treatment;

/** One content item as an editor edits it and a revision stores it. */
public sealed interface Item {

    /** What kind of item this is. */
    default ItemKind kind() {
        return switch (this) {
            case SourceItem s -> ItemKind.SOURCE;
            case ConditionItem c -> ItemKind.CONDITION;
            case TreatmentItem t -> ItemKind.TREATMENT;
            case CoverageItem c -> ItemKind.COVERAGE;
            case FindingItem f -> ItemKind.FINDING;
            case GuidelineItem g -> ItemKind.GUIDELINE;
            case TermItem t -> ItemKind.TERM;
            case TopicItem t -> ItemKind.TOPIC;
            case ArticleItem a -> ItemKind.ARTICLE;
            case PageItem p -> ItemKind.PAGE;
        };
    }

    /** Null for sources, which every language shares. */
    default Language language() {
        return switch (this) {
            case SourceItem s -> null;
            case ConditionItem c -> c.condition().language();
            case TreatmentItem t -> t.treatment().language();
            case CoverageItem c -> c.coverage().language();
            case FindingItem f -> f.finding().language();
            case GuidelineItem g -> g.guideline().language();
            case TermItem t -> t.term().language();
            case TopicItem t -> t.topic().language();
            case ArticleItem a -> a.article().language();
            case PageItem p -> p.page().language();
        };
    }

    default String id() {
        return switch (this) {
            case SourceItem s -> s.source().id();
            case ConditionItem c -> c.condition().id();
            case TreatmentItem t -> t.treatment().id();
            case CoverageItem c -> c.coverage().id();
            case FindingItem f -> f.finding().id();
            case GuidelineItem g -> g.guideline().id();
            case TermItem t -> t.term().id();
            case TopicItem t -> t.topic().id();
            case ArticleItem a -> a.article().id();
            case PageItem p -> p.page().id();
        };
    }

    record SourceItem(Source source) implements Item {
    }

    record ConditionItem(Condition condition) implements Item {
    }

    /** A treatment with its harms, as the bundle nests them. */
    record TreatmentItem(Treatment treatment, List<Harm> harms) implements Item {
        public TreatmentItem {
            harms = List.copyOf(harms);
        }
    }

    record CoverageItem(Coverage coverage) implements Item {
    }

    record FindingItem(EvidenceFinding finding) implements Item {
    }

    record GuidelineItem(Guideline guideline) implements Item {
    }

    record TermItem(Term term) implements Item {
    }

    record TopicItem(Topic topic) implements Item {
    }

    record ArticleItem(Article article) implements Item {
    }

    record PageItem(AboutPage page) implements Item {
    }
}
