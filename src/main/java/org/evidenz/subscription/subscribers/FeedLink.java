package org.evidenz.subscription.subscribers;

/** A feed the newsletter page points to, for readers who would rather not give an address. */
public record FeedLink(String url, String label) {
}
