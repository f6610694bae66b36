package org.evidenz.editorial.references;

import org.evidenz.shell.EditorAccessRules;
import org.evidenz.shell.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Only authors create sources, so only they import references; the service checks again. */
@Configuration(proxyBeanMethods = false)
class ReferenceImportScreens {

    @Bean
    EditorAccessRules referenceImportAccess() {
        return paths -> paths.requestMatchers("/editor/sources/import", "/editor/sources/import/**")
                .hasRole(Role.AUTHOR.name());
    }
}
