/**
 * Authored Markdown to safe HTML: CommonMark, then the OWASP sanitizer, with numbered citations and glossary links.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.evidenz.prose;
