package org.evidenz.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns keys that differ from the other nodes' into Spring Boot's "APPLICATION FAILED TO START" report: which key,
 * and which setting to make equal, without a stack trace.
 */
class KeysDifferFailureAnalyzer extends AbstractFailureAnalyzer<KeysDiffer> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KeysDiffer cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), null);
    }
}
