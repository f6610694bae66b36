package org.evidenz.subscription;

/**
 * The persistent mail outbox, for any module that mails people. Enqueue inside the transaction of the change the
 * mail is about; a scheduled sender delivers over SMTP, retries with back-off, never sends a message twice and
 * gives up on an address after repeated failures (no more mail goes to it).
 */
public interface Outbox {

    /**
     * Queues a mail. Returns false, and queues nothing, when a mail with the same dedupe key was queued before or the
     * address is marked as failing.
     */
    boolean enqueue(OutgoingMail mail);
}
