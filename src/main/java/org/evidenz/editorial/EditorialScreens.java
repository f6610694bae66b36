package org.evidenz.editorial;

import org.evidenz.shell.EditorAccessRules;
import org.evidenz.shell.EditorMenuEntry;
import org.evidenz.shell.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * What editorial adds to the editor: the dashboard, content, translations and an external reviewer's reviews.
 * Everyone who works on content reads it; only authors change it (the services check again, and an external
 * reviewer sees only the drafts assigned to them).
 */
@Configuration(proxyBeanMethods = false)
class EditorialScreens {

    private static final String[] CONTENT_ROLES = {Role.AUTHOR.name(), Role.SCIENTIFIC_REVIEWER.name(),
            Role.PUBLISHER.name()};

    @Bean
    EditorMenuEntry dashboardMenu() {
        return new EditorMenuEntry(10, "Dashboard", "/editor", "dashboard", editor -> true);
    }

    @Bean
    EditorMenuEntry contentMenu() {
        return EditorMenuEntry.forRoles(20, "Content", "/editor/content", "content", Role.AUTHOR,
                Role.SCIENTIFIC_REVIEWER, Role.PUBLISHER);
    }

    @Bean
    EditorMenuEntry translationsMenu() {
        return EditorMenuEntry.forRoles(30, "Translations", "/editor/translations", "translations", Role.AUTHOR,
                Role.SCIENTIFIC_REVIEWER, Role.PUBLISHER);
    }

    @Bean
    EditorMenuEntry reviewsMenu() {
        return EditorMenuEntry.forRoles(40, "My reviews", "/editor/reviews", "reviews", Role.EXTERNAL_REVIEWER);
    }

    @Bean
    EditorAccessRules contentAccess() {
        return paths -> paths
                .requestMatchers(HttpMethod.POST, "/editor/items/**").hasRole(Role.AUTHOR.name())
                .requestMatchers(HttpMethod.POST, "/editor/translations/**").hasRole(Role.AUTHOR.name())
                .requestMatchers("/editor/items/**", "/editor/content", "/editor/content/**",
                        "/editor/translations", "/editor/translations/**")
                .hasAnyRole(CONTENT_ROLES);
    }
}
