package org.evidenz.shell;

/**
 * What a person may do. A person may hold several roles; each grants only what its work needs.
 * <ul>
 * <li>{@link #AUTHOR}: write and change content, send articles to review.</li>
 * <li>{@link #SCIENTIFIC_REVIEWER}: review articles, approve or send them back, assign external reviewers.</li>
 * <li>{@link #EXTERNAL_REVIEWER}: see and comment on the drafts assigned to them, and sign their review off.</li>
 * <li>{@link #PUBLISHER}: publish approved articles, now or at a set time, and archive them.</li>
 * <li>{@link #FEEDBACK_OFFICER}: read and answer reader feedback.</li>
 * <li>{@link #ADMIN}: manage accounts and read the audit log.</li>
 * </ul>
 */
public enum Role {
    ADMIN,
    AUTHOR,
    SCIENTIFIC_REVIEWER,
    EXTERNAL_REVIEWER,
    FEEDBACK_OFFICER,
    PUBLISHER;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
