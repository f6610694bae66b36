package org.evidenz.feedback;

import java.time.ZoneOffset;
import java.util.List;

import org.evidenz.shared.Language;
import org.evidenz.site.ArticleNote;
import org.evidenz.site.ArticleNotes;
import org.springframework.stereotype.Component;

/** The published "you said, we did" summaries, for the end of the article page. Never a reader's own words. */
@Component
class PublishedSummaries implements ArticleNotes {

    private final FeedbackSummaries summaries;

    PublishedSummaries(FeedbackSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public List<ArticleNote> published(Language language, String articleId) {
        return summaries.published(language, articleId).stream()
                .map(s -> new ArticleNote(s.text(), s.publishedAt().atZone(ZoneOffset.UTC).toLocalDate()))
                .toList();
    }
}
