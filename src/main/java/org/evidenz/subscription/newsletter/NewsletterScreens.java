package org.evidenz.subscription.newsletter;

import org.evidenz.shell.EditorAccessRules;
import org.evidenz.shell.EditorMenuEntry;
import org.evidenz.shell.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the newsletter adds to the editor: authors compose issues, publishers send them. */
@Configuration(proxyBeanMethods = false)
class NewsletterScreens {

    @Bean
    EditorMenuEntry newsletterMenu() {
        return EditorMenuEntry.forRoles(50, "Newsletter", "/editor/newsletter", "newsletter", Role.AUTHOR,
                Role.PUBLISHER);
    }

    @Bean
    EditorAccessRules newsletterAccess() {
        return paths -> paths.requestMatchers("/editor/newsletter", "/editor/newsletter/**")
                .hasAnyRole(Role.AUTHOR.name(), Role.PUBLISHER.name());
    }
}
