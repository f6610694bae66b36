package org.evidenz.audit;

import org.evidenz.shell.EditorAccessRules;
import org.evidenz.shell.EditorMenuEntry;
import org.evidenz.shell.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the audit log adds to the editor: its menu entry, and that only administrators read it. */
@Configuration(proxyBeanMethods = false)
class AuditScreens {

    @Bean
    EditorMenuEntry auditMenu() {
        return EditorMenuEntry.forRoles(80, "Audit log", "/editor/audit", "audit", Role.ADMIN);
    }

    @Bean
    EditorAccessRules auditAccess() {
        return paths -> paths.requestMatchers("/editor/audit", "/editor/audit/**").hasRole(Role.ADMIN.name());
    }
}
