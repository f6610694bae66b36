package org.evidenz.editorial.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evidenz.bundle.BundleProblem;

/**
 * Turns a submitted editor form into the nested maps of the bundle format and back into fields to show. Field names
 * are bundle paths ({@code harms[0].sources}); a group posts how many entries it has ({@code harms.count}).
 * What was typed is kept exactly, so a rejected form comes back as it was sent.
 */
final class ItemForms {

    /** More entries than any real item has; a bound on what one request can make us build. */
    static final int MAX_ENTRIES = 200;
    private static final Pattern ACTION = Pattern.compile("(add|remove|up):([a-z-]+)(?:\\[(\\d+)])?");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]$");
    private static final Pattern ENTRY = Pattern.compile("([a-z-]+)\\[(\\d+)](\\..+)");

    private ItemForms() {
    }

    /**
     * The form's values as nested maps, entries of groups kept even when blank (they are dropped by {@link
     * #clean}).
     */
    static Map<String, Object> bind(List<FieldSpec> specs, Map<String, String[]> params) {
        return bind(specs, params, "");
    }

    private static Map<String, Object> bind(List<FieldSpec> specs, Map<String, String[]> params, String prefix) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldSpec spec : specs) {
            String name = prefix + spec.name();
            switch (spec.type()) {
                case GROUP -> {
                    int count = Math.min(MAX_ENTRIES, intParam(params, name + ".count"));
                    List<Map<String, Object>> entries = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        entries.add(bind(spec.children(), params, name + "[" + i + "]."));
                    }
                    values.put(spec.name(), entries);
                }
                case CHECKBOX -> {
                    if (param(params, name) != null) {
                        values.put(spec.name(), Boolean.TRUE);
                    }
                }
                case LINES -> {
                    String text = param(params, name);
                    if (text != null) {
                        List<String> lines = Arrays.stream(text.split("\\R")).map(String::strip)
                                .filter(l -> !l.isEmpty()).toList();
                        if (!lines.isEmpty()) {
                            values.put(spec.name(), lines);
                        }
                    }
                }
                case NUMBER -> {
                    String text = param(params, name);
                    if (text != null && !text.isBlank()) {
                        String value = text.strip();
                        values.put(spec.name(), value.matches("-?\\d{1,9}") ? Integer.valueOf(value) : value);
                    }
                }
                case MARKDOWN, TEXTAREA -> {
                    String text = param(params, name);
                    if (text != null && !text.isBlank()) {
                        values.put(spec.name(), text.replace("\r\n", "\n").strip());
                    }
                }
                case TEXT, CHOICE -> {
                    String text = param(params, name);
                    if (text != null && !text.isBlank()) {
                        values.put(spec.name(), text.strip());
                    }
                }
            }
        }
        return values;
    }

    /** Applies an "add entry", "remove entry" or "move up" button; false when {@code action} is none of them. */
    @SuppressWarnings("unchecked")
    static boolean apply(String action, Map<String, Object> values, List<FieldSpec> specs) {
        Matcher m = action == null ? null : ACTION.matcher(action);
        if (m == null || !m.matches()) {
            return false;
        }
        String group = m.group(2);
        FieldSpec spec = specs.stream().filter(s -> s.name().equals(group) && s.type() == FieldSpec.Type.GROUP)
                .findFirst().orElse(null);
        if (spec == null) {
            return false;
        }
        List<Map<String, Object>> entries = (List<Map<String, Object>>) values.computeIfAbsent(group,
                k -> new ArrayList<>());
        int index = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
        switch (m.group(1)) {
            case "add" -> {
                if (entries.size() < MAX_ENTRIES) {
                    entries.add(new LinkedHashMap<>());
                }
            }
            case "remove" -> {
                if (index >= 0 && index < entries.size()) {
                    entries.remove(index);
                }
            }
            default -> {
                if (index > 0 && index < entries.size()) {
                    entries.add(index - 1, entries.remove(index));
                }
            }
        }
        return true;
    }

    /** The values without blank group entries and empty lists: what the bundle format writes. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> clean(Map<String, Object> values) {
        Map<String, Object> cleaned = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (value instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map) {
                List<Map<String, Object>> entries = new ArrayList<>();
                for (Object entry : list) {
                    Map<String, Object> e = clean((Map<String, Object>) entry);
                    if (!e.isEmpty()) {
                        entries.add(e);
                    }
                }
                if (!entries.isEmpty()) {
                    cleaned.put(key, entries);
                }
            } else if (!(value instanceof List<?> list && list.isEmpty())) {
                cleaned.put(key, value);
            }
        });
        return cleaned;
    }

    /**
     * Problems found in the {@link #clean cleaned} values, renamed to the entries as the form shows them: a blank
     * entry that was left out still has its place there, so {@code harms[0]} of the cleaned values may be the
     * form's {@code harms[1]}.
     */
    @SuppressWarnings("unchecked")
    static List<BundleProblem> inFormEntries(Map<String, Object> values, List<BundleProblem> problems) {
        List<BundleProblem> renamed = new ArrayList<>();
        for (BundleProblem problem : problems) {
            Matcher entry = ENTRY.matcher(problem.field());
            if (entry.matches() && values.get(entry.group(1)) instanceof List<?> list && !list.isEmpty()
                    && list.getFirst() instanceof Map) {
                int index = formIndex((List<Map<String, Object>>) list, Integer.parseInt(entry.group(2)));
                renamed.add(new BundleProblem(problem.file(), problem.line(),
                        entry.group(1) + "[" + index + "]" + entry.group(3), problem.reason()));
            } else {
                renamed.add(problem);
            }
        }
        return renamed;
    }

    /** The position in the form of the entry that is {@code kept}-th among the entries that are not blank. */
    private static int formIndex(List<Map<String, Object>> entries, int kept) {
        int seen = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (!clean(entries.get(i)).isEmpty() && ++seen == kept) {
                return i;
            }
        }
        return kept;
    }

    /** The fields to show for these values, each with the problems found in it. */
    static List<FormField> fields(List<FieldSpec> specs, Map<String, Object> values, List<BundleProblem> problems) {
        return fields(specs, values, byField(problems), "");
    }

    @SuppressWarnings("unchecked")
    private static List<FormField> fields(List<FieldSpec> specs, Map<String, Object> values,
            Map<String, List<String>> problems, String prefix) {
        List<FormField> fields = new ArrayList<>();
        for (FieldSpec spec : specs) {
            String name = prefix + spec.name();
            Object value = values.get(spec.name());
            List<String> own = problems.getOrDefault(name, List.of());
            if (spec.type() == FieldSpec.Type.GROUP) {
                List<List<FormField>> entries = new ArrayList<>();
                if (value instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        Object entry = list.get(i);
                        entries.add(fields(spec.children(), entry instanceof Map<?, ?> map
                                ? (Map<String, Object>) map : Map.of(), problems, name + "[" + i + "]."));
                    }
                }
                fields.add(new FormField(spec, name, null, own, entries));
            } else {
                fields.add(new FormField(spec, name, text(value), own, List.of()));
            }
        }
        return fields;
    }

    /** Problems by the field they are in: list elements count for their list ({@code sources[2]} → sources). */
    static Map<String, List<String>> byField(List<BundleProblem> problems) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (BundleProblem problem : problems) {
            String field = INDEX.matcher(problem.field()).replaceAll("");
            byField.computeIfAbsent(field, k -> new ArrayList<>()).add(problem.reason());
        }
        return byField;
    }

    /** The problems that belong to no field of the form, with where they are. */
    static List<String> unplaced(List<FieldSpec> specs, Map<String, Object> values, List<BundleProblem> problems) {
        List<String> names = new ArrayList<>();
        collectNames(fields(specs, values, List.of()), names);
        List<String> unplaced = new ArrayList<>();
        for (BundleProblem problem : problems) {
            String field = INDEX.matcher(problem.field()).replaceAll("");
            if (!names.contains(field)) {
                unplaced.add((problem.field().isEmpty() ? "" : problem.field() + ": ")
                        + (problem.line() > 0 && problem.field().isEmpty() ? "line " + problem.line() + ": " : "")
                        + problem.reason());
            }
        }
        return unplaced;
    }

    private static void collectNames(List<FormField> fields, List<String> names) {
        for (FormField field : fields) {
            names.add(field.name());
            field.entries().forEach(entry -> collectNames(entry, names));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join("\n", list.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }

    private static String param(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static int intParam(Map<String, String[]> params, String name) {
        String value = param(params, name);
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
