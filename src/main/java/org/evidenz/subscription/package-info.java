/**
 * Newsletter with double opt-in, topic alerts, the mail outbox and the Atom feeds. Public: {@link
 * org.evidenz.subscription.Outbox} and {@link org.evidenz.subscription.OutgoingMail}; everything else is internal.
 */
package org.evidenz.subscription;
