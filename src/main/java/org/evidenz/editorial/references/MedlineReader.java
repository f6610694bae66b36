package org.evidenz.editorial.references;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evidenz.source.SourceType;

/**
 * PubMed's MEDLINE text (the .nbib file of "Send to: Citation manager"): records separated by blank lines, a tag of
 * up to four letters padded to "TAG - ", long values continued on lines indented by six spaces. citeproc-java has
 * no reader for it. {@code AU} holds "Family Initials"; {@code TA} the journal's abbreviation; {@code DP} the date;
 * {@code LID}/{@code AID} the DOI marked "[doi]".
 */
final class MedlineReader {

    private static final Pattern LINE = Pattern.compile("([A-Z0-9]{2,4}) *- ?(.*)");
    private static final Pattern DOI_ID = Pattern.compile("(10\\.\\S+)\\s+\\[doi]");
    private static final Pattern PERSON = Pattern.compile("(.+?)\\s+(\\p{Lu}{1,4})");

    private MedlineReader() {
    }

    static ReferenceReading read(String text) {
        List<ReadReference> references = new ArrayList<>();
        List<EntryProblem> unreadable = new ArrayList<>();
        int number = 0;
        for (String record : text.strip().split("\\R\\s*\\R")) {
            if (record.isBlank()) {
                continue;
            }
            number++;
            Map<String, List<String>> tags = new LinkedHashMap<>();
            String last = null;
            boolean broken = false;
            for (String line : record.split("\\R")) {
                Matcher m = LINE.matcher(line);
                if (line.startsWith("      ") && last != null) {
                    List<String> values = tags.get(last);
                    values.set(values.size() - 1, values.getLast() + " " + line.strip());
                } else if (m.matches()) {
                    last = m.group(1);
                    tags.computeIfAbsent(last, k -> new ArrayList<>()).add(m.group(2).strip());
                } else if (!line.isBlank()) {
                    unreadable.add(new EntryProblem(number, "", "the line '" + shorten(line) + "' is neither "
                            + "'TAG - value' nor a continuation indented by six spaces"));
                    broken = true;
                    break;
                }
            }
            if (!broken) {
                references.add(record(number, tags));
            }
        }
        if (number == 0) {
            unreadable.add(EntryProblem.file("there is no MEDLINE record in it (lines like 'TI  - Title')"));
        }
        return new ReferenceReading(ReferenceFormat.MEDLINE, references, unreadable);
    }

    private static ReadReference record(int number, Map<String, List<String>> tags) {
        SourceFields f = new SourceFields();
        f.type = SourceType.ARTICLE_JOURNAL;
        for (String au : tags.getOrDefault("AU", List.of())) {
            Matcher m = PERSON.matcher(au);
            if (CslItems.isMore(au)) {
                f.moreAuthors = true;
            } else if (m.matches()) {
                f.person(m.group(1), m.group(2));
            } else {
                f.person(au, null);
            }
        }
        tags.getOrDefault("CN", List.of()).forEach(f::organisation);
        f.title = SourceFields.title(one(tags, "TI"));
        f.containerTitle = CslItems.first(one(tags, "TA"), one(tags, "JT"));
        f.year = SourceFields.year(one(tags, "DP"));
        f.volume = one(tags, "VI");
        f.issue = one(tags, "IP");
        f.pagesOrArticleNumber(one(tags, "PG"));
        for (String id : concat(tags.get("LID"), tags.get("AID"))) {
            Matcher m = DOI_ID.matcher(id);
            if (m.find()) {
                f.doi = m.group(1);
                break;
            }
        }
        String pmid = one(tags, "PMID");
        f.pmid = pmid != null && pmid.matches("\\d{1,9}") ? pmid : null;
        f.language = one(tags, "LA");
        return f.read(number, null);
    }

    private static String one(Map<String, List<String>> tags, String tag) {
        List<String> values = tags.get(tag);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a == null ? List.of() : a);
        all.addAll(b == null ? List.of() : b);
        return all;
    }

    static String shorten(String text) {
        String t = text.strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
