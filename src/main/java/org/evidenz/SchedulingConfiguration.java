package org.evidenz;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import javax.sql.DataSource;

import org.evidenz.shared.BackgroundJobs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Runs every module's {@link BackgroundJobs}: on a schedule, each under a lock in the database (ShedLock's
 * {@code shedlock} table, whose {@code locked_by} names the node: {@code evidenz.node-id}, else host, process and a
 * random part) so that one node runs it per due time.
 */
@Configuration
@BackgroundJobs
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", defaultLockAtLeastFor = "PT10S")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource, @Value("${evidenz.node-id:}") String nodeId) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(nodeId.isBlank() ? defaultNodeId() : nodeId)
                .build());
    }

    /** Host, process and a random part: unique even for two application contexts in one process. */
    static String defaultNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
