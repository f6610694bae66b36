package org.evidenz.subscription.subscribers;

/** One of the things the subscribe form offers: the newsletter or a topic's alerts, by the value the form sends. */
public record SubscribeOption(String value, String label) {
}
