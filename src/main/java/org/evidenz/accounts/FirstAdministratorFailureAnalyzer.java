package org.evidenz.accounts;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused first administrator into Spring Boot's "APPLICATION FAILED TO START" report: what is wrong and
 * what to do, without a stack trace, for the person who set the environment.
 */
class FirstAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<FirstAdministratorRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstAdministratorRefused cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), null);
    }
}
