/**
 * Treatments with their variants, aliases and claimed mechanism, harms and who is at risk, coverage rules; the
 * profiles, comparison rows and cards built from them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"evidence", "prose"})
package org.evidenz.treatment;
