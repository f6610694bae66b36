/**
 * Reader feedback: the form with its abuse checks, encryption at rest, the inbox, correction tasks, "you said, we
 * did" summaries and retention. Never shown to readers, readable only by feedback officers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "audit", "shell", "site"})
package org.evidenz.feedback;
