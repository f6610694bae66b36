package org.evidenz.accounts;

import java.time.Instant;

import org.evidenz.shell.Notifications;
import org.evidenz.shell.Role;
import org.springframework.stereotype.Component;

/**
 * Tells every administrator on their dashboard when someone was given a way to read reader feedback, in the
 * transaction of the change: an administrator can give anyone access, so the others are the check (ADR 14).
 */
@Component
class FeedbackAccessNotices {

    private final Users users;
    private final Notifications notifications;

    FeedbackAccessNotices(Users users, Notifications notifications) {
        this.users = users;
        this.notifications = notifications;
    }

    /**
     * Tells them that {@code by} did {@code what} (a sentence without its subject: "granted … the role
     * FEEDBACK_OFFICER"), so that {@code account} can now read reader feedback.
     */
    void tellAdministrators(String account, String by, String what, Instant at) {
        String message = by + " " + what + ": that account can read confidential reader feedback. "
                + "If this was not agreed, take the role away and look at the audit log.";
        for (User admin : users.withRole(Role.ADMIN)) {
            notifications.add(admin.email(), at, "FEEDBACK_ACCESS", message,
                    "/editor/audit?action=" + AccountAction.FEEDBACK_ACCESS_GRANTED.name(),
                    "feedback-access:" + account + ":" + at);
        }
    }
}
