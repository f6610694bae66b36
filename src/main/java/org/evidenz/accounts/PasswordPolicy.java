package org.evidenz.accounts;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What a password must be, and generated ones for demo accounts. Long enough, within what bcrypt reads, and not
 * easy to guess: zxcvbn estimates how many guesses a password takes against dictionaries of common passwords,
 * words, names, keyboard patterns, dates and the person's own address and name (ADR 14).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads only the first 72 bytes of a password; longer ones are refused rather than cut silently. */
    public static final int MAX_BYTES = 72;
    /** zxcvbn's score 3: at least 10⁸ guesses, "safely unguessable" for a slow hash such as bcrypt. */
    static final int MIN_SCORE = 3;
    /** Without look-alikes (0/O, 1/l/I), so a printed password can be typed. */
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Zxcvbn STRENGTH = new Zxcvbn();

    private PasswordPolicy() {
    }

    /**
     * Why the password is not acceptable, or null when it is.
     *
     * @param personal what the password must not be built from: the person's address, name
     */
    public static String problem(String password, String... personal) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "The password must have at least " + MIN_LENGTH + " characters.";
        }
        if (tooLong(password)) {
            return "The password must have at most " + MAX_BYTES + " bytes: " + MAX_BYTES + " letters without "
                    + "accents, fewer with accents or other scripts (ä or é count as 2, most emoji as 4). This one has "
                    + password.getBytes(StandardCharsets.UTF_8).length + ".";
        }
        if (password.isBlank()) {
            return "The password must not be only spaces.";
        }
        List<String> words = personalWords(personal);
        String typed = password.strip().toLowerCase(Locale.ROOT);
        if (words.stream().anyMatch(typed::equals)) {
            return "The password must not be the e-mail address or the name.";
        }
        Strength strength = STRENGTH.measure(password, words);
        if (strength.getScore() < MIN_SCORE) {
            StringBuilder message = new StringBuilder("This password is too easy to guess.");
            String warning = strength.getFeedback().getWarning(Locale.ENGLISH);
            if (warning != null && !warning.isBlank()) {
                message.append(' ').append(warning);
            }
            message.append(" A few unrelated words, or a password manager's suggestion, make a strong password.");
            return message.toString();
        }
        return null;
    }

    /** More than bcrypt reads: such a password can be neither set nor right. */
    public static boolean tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }

    private static List<String> personalWords(String... personal) {
        List<String> words = new ArrayList<>(List.of("evidenz", "editor", "redaktion"));
        for (String value : personal) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String normalised = value.strip().toLowerCase(Locale.ROOT);
            words.add(normalised);
            int at = normalised.indexOf('@');
            if (at > 0) {
                words.add(normalised.substring(0, at));
            }
        }
        return words;
    }
}
