package org.evidenz.article.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.evidenz.article.Article;
import org.evidenz.article.ArticleReviews;
import org.evidenz.article.ModifiedTimes;
import org.evidenz.article.Topic;
import org.evidenz.shared.Language;
import org.evidenz.shared.PlannedDate;
import org.springframework.stereotype.Component;

/**
 * The three dates every item of the read API carries, from what publication recorded:
 * <ul>
 * <li>{@code dateModified}: the last publication that changed what the API shows of the item. An article's JSON
 * holds its treatments, a topic's its articles, so their changes count too.</li>
 * <li>{@code lastReviewed}: the article's last update or, if later, the last check that found nothing to change. A
 * topic or treatment is as recently reviewed as the least recently reviewed article that presents it.</li>
 * <li>{@code nextReview}: the article's review plan; for a topic or treatment the earliest of its articles'.</li>
 * </ul>
 */
@Component
class ApiDates {

    private final ModifiedTimes times;
    private final ArticleReviews reviews;

    ApiDates(ModifiedTimes times, ArticleReviews reviews) {
        this.times = times;
        this.reviews = reviews;
    }

    /** The dates of one language's content, read once for a whole list. */
    Of of(Language language) {
        return new Of(language, times.of(ModifiedTimes.Kind.TOPIC, language),
                times.of(ModifiedTimes.Kind.ARTICLE, language), times.of(ModifiedTimes.Kind.TREATMENT, language));
    }

    final class Of {

        private final Language language;
        private final Map<String, Instant> topics;
        private final Map<String, Instant> articles;
        private final Map<String, Instant> treatments;

        private Of(Language language, Map<String, Instant> topics, Map<String, Instant> articles,
                Map<String, Instant> treatments) {
            this.language = language;
            this.topics = topics;
            this.articles = articles;
            this.treatments = treatments;
        }

        Instant treatment(String treatmentId) {
            return treatments.get(treatmentId);
        }

        Instant article(Article article) {
            return latest(Stream.concat(Stream.of(articles.get(article.id())),
                    article.treatmentIds().stream().map(treatments::get)));
        }

        Instant topic(Topic topic, List<Article> its) {
            return latest(Stream.concat(Stream.of(topics.get(topic.id())), its.stream().map(this::article)));
        }

        LocalDate lastReviewed(Article article) {
            return reviews.of(language, article.id()).lastReviewed(article.updated());
        }

        /** The least recent of the articles' reviews; null when there is no article. */
        LocalDate lastReviewed(List<Article> presenting) {
            return presenting.stream().map(this::lastReviewed).min(Comparator.naturalOrder()).orElse(null);
        }

        /** The earliest of the articles' planned reviews; null when there is no article. */
        PlannedDate nextReview(List<Article> presenting) {
            return presenting.stream().map(Article::nextReview).min(Comparator.comparing(PlannedDate::date))
                    .orElse(null);
        }

        /** Whether the item changed after {@code since}; everything has when {@code since} is null. */
        static boolean after(Instant modified, Instant since) {
            return since == null || modified != null && modified.isAfter(since);
        }

        private static Instant latest(Stream<Instant> instants) {
            return instants.filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        }
    }
}
