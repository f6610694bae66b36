package org.evidenz.feedback;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a reader typed into the feedback form, kept as typed so that a rejected form shows it again.
 *
 * @param helpful "yes" or "no" (required)
 * @param understandable "1" (very hard) … "5" (very easy) (required)
 * @param comment optional free text
 * @param email optional, for a reply
 * @param consent the consent box (required)
 * @param website the honeypot: hidden from people, so anything in it was typed by a machine
 * @param token the signed form token
 */
public record FeedbackForm(String article, String helpful, String understandable, String comment, String email,
        boolean consent, String website, String token) {

    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\".]{2,}");
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");

    public FeedbackForm {
        helpful = blankToNull(helpful);
        understandable = blankToNull(understandable);
        comment = comment == null ? "" : comment.replace("\r\n", "\n");
        email = email == null ? "" : email.strip();
        website = website == null ? "" : website;
    }

    /** An empty form for an article, "helpful" pre-set from the question on the article page. */
    static FeedbackForm blank(String article, String helpful, String token) {
        String answer = "yes".equals(helpful) || "no".equals(helpful) ? helpful : null;
        return new FeedbackForm(article, answer, null, "", "", false, "", token);
    }

    FeedbackForm withToken(String newToken) {
        return new FeedbackForm(article, helpful, understandable, comment, email, consent, website, newToken);
    }

    boolean honeypotFilled() {
        return !website.isBlank();
    }

    /**
     * Problems by field, as message keys, in the order of the form; empty when the form may be stored.
     *
     * @param maxComment the longest comment accepted, in characters
     */
    Map<String, String> problems(int maxComment) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (helpful == null || !(helpful.equals("yes") || helpful.equals("no"))) {
            problems.put("helpful", "feedback.error.helpful");
        }
        if (rating() == null) {
            problems.put("understandable", "feedback.error.understandable");
        }
        if (comment.length() > maxComment) {
            problems.put("comment", "feedback.error.comment-length");
        } else if (MARKUP.matcher(comment).find()) {
            problems.put("comment", "feedback.error.comment-markup");
        }
        if (!email.isEmpty() && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            problems.put("email", "feedback.error.email");
        }
        if (!consent) {
            problems.put("consent", "feedback.error.consent");
        }
        return problems;
    }

    Boolean helpfulAnswer() {
        return helpful == null ? null : helpful.equals("yes");
    }

    Integer rating() {
        if (understandable == null || !understandable.matches("[1-5]")) {
            return null;
        }
        return Integer.valueOf(understandable);
    }

    String commentOrNull() {
        return comment.isBlank() ? null : comment.strip();
    }

    String emailOrNull() {
        return email.isEmpty() ? null : email;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
