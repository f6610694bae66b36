package org.evidenz.feedback;

/** Where a piece of feedback stands in the feedback team's work. */
public enum FeedbackStatus {
    NEW, IN_PROGRESS, ANSWERED, RESOLVED, SPAM
}
