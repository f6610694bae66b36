package org.evidenz.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application for editorial tests, on its own embedded database so that editors' changes never reach the
 * reader-site tests; on the same fixed day. Test classes share it: each resets the content with {@link Editorial}
 * and creates accounts with unique addresses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:editorial;DB_CLOSE_DELAY=-1",
        "evidenz.data-dir=target/test-data/editorial", "evidenz.jobs.enabled=false",
        "evidenz.api.requests-per-minute=1000000",
        "evidenz.site.base-url=http://localhost:8080"})
@Import({FixedClock.class, Editorial.class})
public @interface EditorialTest {
}
