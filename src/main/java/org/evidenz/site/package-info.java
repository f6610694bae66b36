/**
 * The reader site's frame: page layout, interface text in both languages, the language switch, security headers,
 * caching of reader responses, error pages and problem details. It knows no content module: which languages are
 * published it learns through {@link org.evidenz.site.PublishedLanguages}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.evidenz.site;
