package org.evidenz.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on an embedded H2 database with the demo content loaded, on a fixed day.
 * Every test class with this annotation shares one running application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:reader-site;DB_CLOSE_DELAY=-1",
        "evidenz.data-dir=target/test-data/reader-site", "evidenz.jobs.enabled=false",
        "evidenz.api.requests-per-minute=1000000",
        "evidenz.site.base-url=http://localhost:8080"})
@Import(FixedClock.class)
public @interface ReaderSiteTest {
}
