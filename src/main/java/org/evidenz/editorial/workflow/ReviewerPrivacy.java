package org.evidenz.editorial.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evidenz.accounts.User;
import org.evidenz.editorial.planning.ReviewPlan;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.springframework.stereotype.Component;

/**
 * What an external reviewer may learn about the other external reviewers of an article: not their addresses. They
 * see their own, and for each of the others a neutral label that stays the same throughout the article's history
 * ("external reviewer 2"), so that they can follow a discussion without learning who else reviews. Authors,
 * scientific reviewers, publishers and administrators see every address.
 */
@Component
public class ReviewerPrivacy {

    private final ReviewRecords records;

    ReviewerPrivacy(ReviewRecords records) {
        this.records = records;
    }

    /** Replaces, in any text about this article, the addresses of external reviewers {@code viewer} may not see. */
    public UnaryOperator<String> shownTo(User viewer, Language language, String articleId) {
        if (seesEveryAddress(viewer)) {
            return UnaryOperator.identity();
        }
        Map<Pattern, String> hidden = new LinkedHashMap<>();
        List<String> reviewers = reviewers(language, articleId);
        for (int i = 0; i < reviewers.size(); i++) {
            if (!reviewers.get(i).equalsIgnoreCase(viewer.email())) {
                hidden.put(address(reviewers.get(i)), Matcher.quoteReplacement("external reviewer " + (i + 1)));
            }
        }
        return text -> {
            if (text == null) {
                return null;
            }
            String shown = text;
            for (Map.Entry<Pattern, String> entry : hidden.entrySet()) {
                shown = entry.getKey().matcher(shown).replaceAll(entry.getValue());
            }
            return shown;
        };
    }

    /** The plans with whose turn it is as {@code viewer} may read it. */
    public List<ReviewPlan> shownTo(User viewer, List<ReviewPlan> plans) {
        if (seesEveryAddress(viewer)) {
            return plans;
        }
        return plans.stream().map(plan -> plan.withWhoseTurn(
                shownTo(viewer, plan.language(), plan.articleId()).apply(plan.whoseTurn()))).toList();
    }

    public List<ReviewEvent> events(UnaryOperator<String> shown, List<ReviewEvent> events) {
        return events.stream().map(e -> new ReviewEvent(e.id(), e.at(), shown.apply(e.actor()), e.kind(), e.from(),
                e.to(), e.articleRevision(), shown.apply(e.message()))).toList();
    }

    public List<ReviewRecords.Assignment> assignments(UnaryOperator<String> shown, List<ReviewRecords.Assignment> all) {
        return all.stream().map(a -> new ReviewRecords.Assignment(shown.apply(a.reviewer()), a.assignedAt(),
                a.assignedBy(), a.signedOffAt())).toList();
    }

    private static boolean seesEveryAddress(User viewer) {
        return viewer.has(Role.AUTHOR) || viewer.has(Role.SCIENTIFIC_REVIEWER) || viewer.has(Role.PUBLISHER)
                || viewer.has(Role.ADMIN);
    }

    /** Everyone ever assigned to review the article externally, in the order they were first assigned. */
    private List<String> reviewers(Language language, String articleId) {
        List<String> reviewers = new ArrayList<>();
        records.events(language, articleId).reversed().stream()
                .filter(e -> e.kind() == ReviewEvent.Kind.REVIEWER_ASSIGNED && e.message() != null)
                .map(ReviewEvent::message).forEach(address -> addOnce(reviewers, address));
        records.assignments(language, articleId).forEach(a -> addOnce(reviewers, a.reviewer()));
        return reviewers;
    }

    private static void addOnce(List<String> reviewers, String address) {
        if (reviewers.stream().noneMatch(address::equalsIgnoreCase)) {
            reviewers.add(address);
        }
    }

    /** The address as a whole word: not inside a longer address that merely contains it. */
    private static Pattern address(String address) {
        return Pattern.compile("(?<![\\w.+-])" + Pattern.quote(address) + "(?![\\w-]|\\.\\w)",
                Pattern.CASE_INSENSITIVE);
    }
}
