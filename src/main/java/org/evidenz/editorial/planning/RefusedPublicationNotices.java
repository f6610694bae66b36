package org.evidenz.editorial.planning;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.evidenz.accounts.User;
import org.evidenz.accounts.Users;
import org.evidenz.editorial.workflow.ScheduledPublicationRefused;
import org.evidenz.shell.Notifications;
import org.evidenz.shell.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the publisher who scheduled a publication that it was refused when its time came, and why; every publisher
 * when that account can no longer publish. Runs in the transaction that records the refusal, so that neither
 * happens without the other.
 */
@Component
class RefusedPublicationNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_MESSAGE = 2000;

    private final Notifications notifications;
    private final Users users;

    RefusedPublicationNotices(Notifications notifications, Users users) {
        this.notifications = notifications;
        this.users = users;
    }

    @EventListener
    void tell(ScheduledPublicationRefused refused) {
        String lang = refused.language().code();
        String message = "The publication of \"" + refused.title() + "\" (" + lang + ") scheduled for "
                + TIME.format(refused.scheduledAt()) + " was refused; nothing was published. " + refused.reason();
        String link = "/editor/articles/" + lang + "/" + refused.articleId() + "/workflow";
        String dedupe = "publication-refused:" + lang + "/" + refused.articleId() + ":" + refused.scheduledAt() + ":"
                + refused.refusedAt();
        for (String recipient : recipients(refused.scheduledBy())) {
            notifications.add(recipient, refused.refusedAt(), "PUBLICATION_REFUSED",
                    message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE - 1) + "…" : message, link,
                    dedupe);
        }
    }

    private List<String> recipients(String scheduledBy) {
        return users.findByEmail(scheduledBy).filter(u -> u.enabled() && u.has(Role.PUBLISHER))
                .map(u -> List.of(u.email()))
                .orElseGet(() -> users.withRole(Role.PUBLISHER).stream().map(User::email).toList());
    }
}
