/**
 * Newsletter with double opt-in, topic alerts, the mail outbox and the Atom feeds. Public: {@link
 * org.evidenz.subscription.Outbox} and {@link org.evidenz.subscription.OutgoingMail}; everything else is internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "editorial", "audit", "shell",
        "site"})
package org.evidenz.subscription;
