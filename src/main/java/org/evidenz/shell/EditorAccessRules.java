package org.evidenz.shell;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which roles may open a module's paths under {@code /editor}. Each module declares its rules as a bean; the editor's
 * security chain applies them all before its last rule (signed in, any role). Rules are coarse: the services check
 * again what only they can know (an external reviewer sees only what is assigned to them).
 */
public interface EditorAccessRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths);
}
