package org.evidenz.editorial.audit;

import java.time.Clock;

import org.evidenz.editorial.Audit;
import org.evidenz.editorial.AuditAction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link Audit} for other modules: entries without an item, at the clock's time. */
@Component
class AuditTrail implements Audit {

    private final AuditLog log;
    private final Clock clock;

    AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, AuditAction action, String details) {
        log.record(clock.instant(), actor, action, null, null, details);
    }
}
