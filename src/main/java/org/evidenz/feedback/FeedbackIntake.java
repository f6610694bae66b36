package org.evidenz.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.evidenz.shared.Language;
import org.evidenz.shared.SignedFormTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/** Stores a checked feedback form, once per form token, in one transaction. */
@Service
class FeedbackIntake {

    private final FeedbackStore store;
    private final UsedFormTokens usedTokens;
    private final Clock clock;

    FeedbackIntake(FeedbackStore store, UsedFormTokens usedTokens, Clock clock) {
        this.store = store;
        this.usedTokens = usedTokens;
        this.clock = clock;
    }

    /**
     * Stores the form. The form's problems and its token must have been checked: this only makes sure a token is
     * used once, also when the same form arrives twice at the same moment.
     *
     * @return false, with nothing stored, when the token was used before
     */
    @Transactional
    public boolean accept(Language language, FeedbackForm form, SignedFormTokens.Verified token) {
        if (!usedTokens.claim(token.id(), token.expires())) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return false;
        }
        Instant now = clock.instant();
        store.insert(new Feedback(UUID.randomUUID().toString(), language, form.article(), form.helpfulAnswer(),
                form.rating(), form.commentOrNull(), form.emailOrNull(), FeedbackStatus.NEW, now, now), token.id());
        return true;
    }
}
