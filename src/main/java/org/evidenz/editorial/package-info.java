/**
 * The work on content: revisions, the review workflow and publication, translations, review planning and reminders,
 * import and export. Screens live with their feature.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "audit", "shell", "bundle",
        "article", "treatment", "evidence", "condition", "glossary", "source", "prose", "site", "picture"})
package org.evidenz.editorial;
