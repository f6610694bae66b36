package org.evidenz.feedback;

import java.time.Instant;
import java.util.List;

/** Everything stored about one e-mail address, decrypted: the answer to a reader's access request. */
public record SubjectAccessReport(String email, Instant exportedAt, List<FeedbackDetails> feedback) {
}
