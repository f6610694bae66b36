package org.evidenz.subscription;

import java.util.Map;

/**
 * A mail for the outbox: plain text with an HTML alternative, extra headers (such as {@code List-Unsubscribe}),
 * and a key that makes enqueuing the same mail twice a no-op (e.g. {@code "review-reminder/en/article-x/2026-11-23"}).
 * <p>
 * The recipient, the subject and every header should be one line: a line break in a header would let its text
 * start a header of its own (a {@code Bcc:} to anyone, say). Such a mail cannot be constructed; text from
 * people is checked with {@link #fitsInAHeader} first and refused with a message, text from content is made to
 * fit with {@link #oneLine}.
 *
 * @throws IllegalArgumentException if the recipient, the subject or a header contains a line break, a tab or
 *         another control character
 */
public record OutgoingMail(String dedupeKey, String to, String subject, String text, String html,
        Map<String, String> headers) {

    public OutgoingMail {
        headers = Map.copyOf(headers);
        requireOneLine("recipient", to);
        requireOneLine("subject", subject);
        headers.forEach((name, value) -> {
            requireOneLine("header name", name);
            requireOneLine("header " + name, value);
        });
    }

    /** Whether {@code text} can go into a mail header as it is: no line break, tab or other control character. */
    public static boolean fitsInAHeader(String text) {
        return text != null && text.codePoints().noneMatch(OutgoingMail::breaksAHeader);
    }

    /** {@code text} with every run of line breaks, tabs and other control characters made one space. */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(text.length());
        boolean gap = false;
        for (int c : text.codePoints().toArray()) {
            if (breaksAHeader(c)) {
                gap = true;
            } else {
                if (gap && !line.isEmpty()) {
                    line.append(' ');
                }
                gap = false;
                line.appendCodePoint(c);
            }
        }
        return line.toString();
    }

    private static boolean breaksAHeader(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    private static void requireOneLine(String what, String value) {
        if (!fitsInAHeader(value)) {
            throw new IllegalArgumentException("The " + what + " of a mail must be one line without control "
                    + "characters");
        }
    }
}
