package org.evidenz.subscription.subscribers;

/** A value and its label, for the subscribe form's choices and the feed links. */
public record Choice(String value, String label) {
}
