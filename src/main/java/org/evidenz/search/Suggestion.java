package org.evidenz.search;

/**
 * A completion offered while a reader types.
 *
 * @param text what matched what they typed: a title or another name for it ("chiropractic adjustment")
 * @param title the title of the result it leads to ("Manual therapy")
 */
public record Suggestion(String text, String title, String url, SearchType type) {
}
