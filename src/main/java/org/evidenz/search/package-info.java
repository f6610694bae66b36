/**
 * The Lucene index of published content, per language, with lay-language synonyms and typo tolerance; the results
 * page and the search and suggestion API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "treatment", "evidence", "condition",
        "glossary", "prose", "site"})
package org.evidenz.search;
