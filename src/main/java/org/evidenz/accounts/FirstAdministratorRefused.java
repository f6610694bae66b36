package org.evidenz.accounts;

/** The first administrator cannot be created from the environment as configured; the start stops. */
class FirstAdministratorRefused extends RuntimeException {

    private final String action;

    FirstAdministratorRefused(String message, String action) {
        super(message);
        this.action = action;
    }

    String action() {
        return action;
    }
}
