package org.evidenz.feedback;

import org.evidenz.shell.EditorAccessRules;
import org.evidenz.shell.EditorMenuEntry;
import org.evidenz.shell.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What reader feedback adds to the editor: the inbox, for feedback officers only (reader feedback is confidential),
 * and the correction tasks made from it, for authors.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackScreens {

    @Bean
    EditorMenuEntry feedbackMenu() {
        return EditorMenuEntry.forRoles(60, "Feedback", "/editor/feedback", "feedback", Role.FEEDBACK_OFFICER);
    }

    /** A feedback officer reaches the tasks from the inbox; authors see them in the menu. */
    @Bean
    EditorMenuEntry correctionsMenu() {
        return new EditorMenuEntry(60, "Corrections", "/editor/corrections", "corrections",
                editor -> editor.has(Role.AUTHOR) && !editor.has(Role.FEEDBACK_OFFICER));
    }

    @Bean
    EditorAccessRules feedbackAccess() {
        return paths -> paths.requestMatchers("/editor/feedback", "/editor/feedback/**")
                .hasRole(Role.FEEDBACK_OFFICER.name());
    }
}
