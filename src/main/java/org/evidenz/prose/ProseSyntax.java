package org.evidenz.prose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The additions Evidenz makes to CommonMark: citations {@code [@source-id]} (several: {@code [@a; @b]}), block
 * lines {@code {{block-name}}} and pictures from the library {@code ![](image:id)}. Used to render prose and to
 * validate it before anything is stored.
 */
public final class ProseSyntax {

    static final Pattern CITATION = Pattern.compile("\\[(@[a-z0-9-]+(?:\\s*;\\s*@[a-z0-9-]+)*)]");
    static final Pattern BLOCK_LINE = Pattern.compile("(?m)^\\{\\{([a-z0-9-]+)}}[ \\t]*$");
    /** A picture from the library: {@code ![](image:id)}, alone in its paragraph. */
    static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\(image:([a-z0-9-]+)\\)");
    static final String IMAGE_PREFIX = "image:";

    private ProseSyntax() {
    }

    /** The source ids cited in a Markdown text, in order of first citation. */
    public static Set<String> citedSourceIds(String markdown) {
        Set<String> ids = new LinkedHashSet<>();
        if (markdown == null) {
            return ids;
        }
        Matcher matcher = CITATION.matcher(markdown);
        while (matcher.find()) {
            ids.addAll(idsOf(matcher.group(1)));
        }
        return ids;
    }

    /** The ids of the pictures a text shows ({@code ![](image:id)}), in order of first appearance. */
    public static Set<String> imageIds(String text) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = IMAGE.matcher(text == null ? "" : text);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    /** The names of the blocks a Markdown text embeds, in order. */
    public static List<String> blockNames(String markdown) {
        List<String> names = new ArrayList<>();
        Matcher matcher = BLOCK_LINE.matcher(markdown == null ? "" : markdown);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /**
     * Splits Markdown at its block lines, in order: each part is either Markdown ({@code block} null) or a block
     * ({@code markdown} null). Rendering the parts in this order keeps citation numbers in reading order.
     */
    public static List<Part> split(String markdown) {
        List<Part> parts = new ArrayList<>();
        Matcher block = BLOCK_LINE.matcher(markdown);
        int position = 0;
        while (block.find()) {
            addMarkdown(parts, markdown.substring(position, block.start()));
            parts.add(new Part(null, block.group(1)));
            position = block.end();
        }
        addMarkdown(parts, markdown.substring(position));
        return parts;
    }

    private static void addMarkdown(List<Part> parts, String markdown) {
        if (!markdown.isBlank()) {
            parts.add(new Part(markdown, null));
        }
    }

    /** A piece of Markdown or a block name; exactly one of the two is set. */
    public record Part(String markdown, String block) {

        public boolean isBlock() {
            return block != null;
        }
    }

    static List<String> idsOf(String citationBody) {
        List<String> ids = new ArrayList<>();
        for (String part : citationBody.split(";")) {
            ids.add(part.strip().substring(1));
        }
        return ids;
    }
}
