/**
 * The open formats partners use: the described read API, FHIR R5 evidence resources, schema.org markup, the
 * sitemap and look-up by diagnosis code. Everything here reads published content through
 * {@link org.evidenz.article.PublishedArticles} only, no other module depends on this one, and no type of a format
 * library (HAPI FHIR, JSON-LD) leaves it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "treatment", "evidence",
        "condition", "glossary", "source", "prose", "site", "picture"})
package org.evidenz.interop;
