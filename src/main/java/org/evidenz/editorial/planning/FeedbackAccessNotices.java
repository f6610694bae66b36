package org.evidenz.editorial.planning;

import org.evidenz.editorial.Role;
import org.evidenz.editorial.accounts.FeedbackAccessChanged;
import org.evidenz.editorial.accounts.User;
import org.evidenz.editorial.accounts.Users;
import org.springframework.context.event.EventListener;
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

    @EventListener
    void tellAdministrators(FeedbackAccessChanged change) {
        String message = change.by() + " " + change.what() + ": that account can read confidential reader feedback. "
                + "If this was not agreed, take the role away and look at the audit log.";
        for (User admin : users.withRole(Role.ADMIN)) {
            notifications.add(admin.email(), change.at(), "FEEDBACK_ACCESS", message,
                    "/editor/audit?action=FEEDBACK_ACCESS_GRANTED",
                    "feedback-access:" + change.account() + ":" + change.at());
        }
    }
}
