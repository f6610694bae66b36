/**
 * Glossary terms with their definitions, the links from prose to them, and the glossary pages and API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"prose", "site"})
package org.evidenz.glossary;
