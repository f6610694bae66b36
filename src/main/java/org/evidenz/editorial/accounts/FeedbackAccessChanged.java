package org.evidenz.editorial.accounts;

import java.time.Instant;

/**
 * Someone was given a way to read reader feedback: the role FEEDBACK_OFFICER, or the password of an account that
 * holds it. Published inside the transaction of the change, so that the administrators are told exactly when it
 * happened.
 *
 * @param account the address of the account that can now read feedback
 * @param by the administrator who made the change
 * @param what what they did, as a sentence without its subject ("granted … the role FEEDBACK_OFFICER")
 */
public record FeedbackAccessChanged(String account, String by, String what, Instant at) {
}
