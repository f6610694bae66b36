package org.evidenz.treatment;

/** A form of a treatment, such as TENS for electrotherapy. {@code description} is Markdown and may be null. */
public record Variant(String id, String name, String description) {
}
