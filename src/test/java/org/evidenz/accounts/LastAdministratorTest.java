package org.evidenz.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.evidenz.shell.Role;
import org.evidenz.support.FixedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * There is always an enabled administrator: without one, nobody can manage accounts any more. On its own database,
 * so that the administrators of the other tests do not count.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:last-administrator;DB_CLOSE_DELAY=-1",
        "evidenz.data-dir=target/test-data/last-administrator", "evidenz.jobs.enabled=false",
        "evidenz.bundle.load-demo=false"})
@Import(FixedClock.class)
class LastAdministratorTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    User first;
    User second;

    @BeforeEach
    void twoAdministrators() {
        jdbc.sql("delete from app_user").update();
        first = users.create("first-admin@test.evidenz.example", "First", "{noop}unused", EnumSet.of(Role.ADMIN),
                FixedClock.TODAY);
        second = users.create("second-admin@test.evidenz.example", "Second", "{noop}unused", EnumSet.of(Role.ADMIN),
                FixedClock.TODAY);
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabledOrLoseTheRole() {
        accounts.setEnabled(second.id(), false, first);

        assertThatThrownBy(() -> accounts.setRoles(first.id(), EnumSet.of(Role.AUTHOR), first))
                .isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> accounts.setEnabled(first.id(), false, first)).isInstanceOf(AccountException.class);
        assertThat(users.anyAdmin()).isTrue();
    }

    @Test
    void twoAdministratorsTakingTheRoleFromEachOtherAtOnceLeaveOneOfThem() throws Exception {
        CountDownLatch firstChanged = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        CompletableFuture<Void> byFirst = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(s -> {
            accounts.setRoles(second.id(), EnumSet.of(Role.AUTHOR), first);
            firstChanged.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> mayCommit.getCount() == 0);
        }));
        assertThat(firstChanged.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> bySecond = CompletableFuture.runAsync(
                () -> accounts.setRoles(first.id(), EnumSet.of(Role.AUTHOR), second));
        // The second change waits for the first instead of deciding on what it saw before the first committed.
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> !bySecond.isDone());
        mayCommit.countDown();
        byFirst.get(10, TimeUnit.SECONDS);

        assertThat(bySecond).failsWithin(Duration.ofSeconds(10)).withThrowableThat()
                .havingRootCause().isInstanceOf(AccountException.class);
        assertThat(users.anyAdmin()).isTrue();
    }
}
