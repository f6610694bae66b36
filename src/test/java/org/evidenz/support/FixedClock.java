package org.evidenz.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Tests run on a known day, 23 November 2026, when the demo article is overdue for review. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    public static final Instant TODAY = Instant.parse("2026-11-23T09:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(TODAY, ZoneOffset.UTC);
    }
}
