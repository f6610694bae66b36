package org.evidenz.picture;

import org.evidenz.shell.EditorAccessRules;
import org.evidenz.shell.EditorMenuEntry;
import org.evidenz.shell.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the picture library adds to the editor: its menu entry, and who may open it (authors change it). */
@Configuration(proxyBeanMethods = false)
class PictureScreens {

    private static final Role[] READERS = {Role.AUTHOR, Role.SCIENTIFIC_REVIEWER, Role.PUBLISHER, Role.ADMIN};

    @Bean
    EditorMenuEntry pictureMenu() {
        return EditorMenuEntry.forRoles(25, "Pictures", PictureController.PATH, "pictures", READERS);
    }

    @Bean
    EditorAccessRules pictureAccess() {
        String[] roles = java.util.Arrays.stream(READERS).map(Role::name).toArray(String[]::new);
        return paths -> paths.requestMatchers(PictureController.PATH, PictureController.PATH + "/**")
                .hasAnyRole(roles);
    }
}
