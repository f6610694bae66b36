/**
 * Content bundles (YAML and Markdown, one folder per language) and single items in that format: read and validated
 * with file, line and field, and written.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "treatment", "evidence", "condition",
        "glossary", "source", "prose"})
package org.evidenz.bundle;
