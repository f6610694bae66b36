/**
 * Bibliographic records, their Vancouver citations (citeproc-java), reference lists, and the source pages and API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"site"})
package org.evidenz.source;
