package org.evidenz.editorial.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * A readable difference between two versions of an item: field by field (structured fields and prose alike), and
 * within a changed field word by word, so that a changed figure in a long paragraph stands out.
 */
public final class FieldDiff {

    /** One changed field. */
    public record Row(String field, Change change, List<Segment> segments) {
    }

    public enum Change {
        ADDED, REMOVED, CHANGED
    }

    /** A run of text that is the same in both, only in the old, or only in the new version. */
    public record Segment(String text, Kind kind) {

        public enum Kind {
            SAME, DELETED, INSERTED
        }

        public boolean same() {
            return kind == Kind.SAME;
        }

        public boolean deleted() {
            return kind == Kind.DELETED;
        }
    }

    private FieldDiff() {
    }

    static List<Row> between(Map<String, Object> older, Map<String, Object> newer) {
        Map<String, String> a = flatten(older);
        Map<String, String> b = flatten(newer);
        Set<String> fields = new LinkedHashSet<>(a.keySet());
        fields.addAll(b.keySet());
        List<Row> rows = new ArrayList<>();
        for (String field : fields) {
            String before = a.get(field);
            String after = b.get(field);
            if (Objects.equals(before, after)) {
                continue;
            }
            Change change = before == null ? Change.ADDED : after == null ? Change.REMOVED : Change.CHANGED;
            rows.add(new Row(field, change, words(before == null ? "" : before, after == null ? "" : after)));
        }
        return rows;
    }

    static List<Segment> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, String.join("", a.subList(position, start)), Segment.Kind.SAME);
            add(segments, String.join("", delta.getSource().getLines()), Segment.Kind.DELETED);
            add(segments, String.join("", delta.getTarget().getLines()), Segment.Kind.INSERTED);
            position = start + delta.getSource().size();
        }
        add(segments, String.join("", a.subList(position, a.size())), Segment.Kind.SAME);
        return segments;
    }

    /** Words and the spaces between them as separate tokens, so that joined tokens give back the text. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Boolean space = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean isSpace = Character.isWhitespace(c);
            if (space != null && isSpace != space) {
                tokens.add(current.toString());
                current.setLength(0);
            }
            current.append(c);
            space = isSpace;
        }
        if (!current.isEmpty()) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    private static void add(List<Segment> segments, String text, Segment.Kind kind) {
        if (!text.isEmpty()) {
            segments.add(new Segment(text, kind));
        }
    }

    /** Field path → text: {@code harms[1].frequency → RARE}, lists one value per line. */
    @SuppressWarnings("unchecked")
    static Map<String, String> flatten(Map<String, Object> values) {
        Map<String, String> flat = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (value instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map) {
                for (int i = 0; i < list.size(); i++) {
                    String prefix = key + "[" + (i + 1) + "].";
                    flatten((Map<String, Object>) list.get(i)).forEach((k, v) -> flat.put(prefix + k, v));
                }
            } else if (value instanceof List<?> list) {
                flat.put(key, String.join("\n", list.stream().map(String::valueOf).toList()));
            } else if (value != null) {
                flat.put(key, value.toString());
            }
        });
        return flat;
    }
}
