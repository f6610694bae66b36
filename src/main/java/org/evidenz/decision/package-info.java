/**
 * The decision aid: a reader compares the two to four options they are considering, question by question, notes
 * what matters to them and takes a sheet to the appointment. It reads published content only, through
 * {@link org.evidenz.article.PublishedArticles}, stores nothing and ranks nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "treatment", "evidence", "source",
        "prose", "site"})
package org.evidenz.decision;
