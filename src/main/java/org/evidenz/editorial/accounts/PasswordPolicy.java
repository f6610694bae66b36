package org.evidenz.editorial.accounts;

import java.security.SecureRandom;

/** What a password must be, and generated ones for demo accounts. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** Without look-alikes (0/O, 1/l/I), so a printed password can be typed. */
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** Why the password is not acceptable, or null when it is. */
    public static String problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "The password must have at least " + MIN_LENGTH + " characters.";
        }
        if (password.length() > MAX_LENGTH) {
            return "The password must have at most " + MAX_LENGTH + " characters.";
        }
        if (password.isBlank()) {
            return "The password must not be only spaces.";
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            return "The password must not be the e-mail address.";
        }
        return null;
    }

    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
