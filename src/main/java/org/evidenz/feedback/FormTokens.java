package org.evidenz.feedback;

import java.time.Clock;

import org.evidenz.shared.Language;
import org.evidenz.shared.SignedFormTokens;
import org.springframework.stereotype.Component;

/**
 * The token a feedback form carries ({@link SignedFormTokens}), for one article in one language. The article page
 * is cached and shared, so the token is issued by the no-store form page and checked without any server state: not
 * sent back too fast (a person reads and types), not too late, not for another article. That it is used only once
 * is the job of {@link UsedFormTokens#claim}.
 */
@Component
class FormTokens {

    private final SignedFormTokens tokens;

    FormTokens(FeedbackCipher cipher, Clock clock, FeedbackProperties properties) {
        this.tokens = new SignedFormTokens(cipher.formTokenKey(), clock, properties.minimumFillTime(),
                properties.formLifetime());
    }

    String issue(Language language, String articleId) {
        return tokens.issue(purpose(language, articleId));
    }

    SignedFormTokens.Verified check(String token, Language language, String articleId) {
        return tokens.check(token, articleId == null ? null : purpose(language, articleId));
    }

    private static String purpose(Language language, String articleId) {
        return language.code() + "|" + articleId;
    }
}
