package org.evidenz.editorial.references;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evidenz.source.SourceType;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.Value;

import de.undercouch.citeproc.bibtex.BibTeXConverter;

/**
 * BibTeX with citeproc-java's converter (jbibtex), one entry at a time so that a broken entry is named by its number
 * and key. Mended: {@code and others} becomes "et al." instead of an author called "others"; a journal article's
 * {@code number} is its issue; a report's {@code series} and {@code number} are its series and number in it; the
 * PubMed id from a {@code pmid} field.
 */
final class BibTexReader {

    private static final Pattern ENTRY_START = Pattern.compile("(?m)^[ \\t]*@([A-Za-z]+)\\s*[{(]\\s*([^,\\s]*)");

    private BibTexReader() {
    }

    static ReferenceReading read(String text) {
        List<ReadReference> references = new ArrayList<>();
        List<EntryProblem> unreadable = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = ENTRY_START.matcher(text);
        while (m.find()) {
            starts.add(m.start());
        }
        // @string definitions are shared by every entry after them, so each entry is read with them.
        StringBuilder strings = new StringBuilder();
        int number = 0;
        for (int i = 0; i < starts.size(); i++) {
            String chunk = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length());
            Matcher start = ENTRY_START.matcher(chunk);
            start.find();
            String kind = start.group(1).toLowerCase();
            if (kind.equals("comment") || kind.equals("preamble")) {
                continue;
            }
            if (kind.equals("string")) {
                strings.append(chunk).append('\n');
                continue;
            }
            number++;
            String key = start.group(2).isEmpty() ? null : start.group(2);
            int firstLine = (int) text.substring(0, starts.get(i)).lines().count() + 1;
            int shift = firstLine - 1 - (int) strings.chars().filter(c -> c == '\n').count();
            read(number, key, strings + chunk, shift, references, unreadable);
        }
        if (number == 0) {
            unreadable.add(EntryProblem.file("there is no BibTeX entry in it (an entry begins like "
                    + "@article{key,)"));
        }
        return new ReferenceReading(ReferenceFormat.BIBTEX, references, unreadable);
    }

    /** @param shift what to add to a line number of the chunk to make it the line of the file */
    private static void read(int number, String key, String chunk, int shift, List<ReadReference> references,
            List<EntryProblem> unreadable) {
        String named = key == null ? "" : " (" + key + ")";
        BibTeXConverter converter = new BibTeXConverter();
        try {
            BibTeXDatabase database = converter.loadDatabase(new ByteArrayInputStream(
                    chunk.getBytes(StandardCharsets.UTF_8)));
            Map<Key, BibTeXEntry> entries = database.getEntries();
            if (entries.size() != 1) {
                unreadable.add(new EntryProblem(number, "", "the entry" + named + " could not be read: a comma "
                        + "after its key, or a closing brace, is missing"));
                return;
            }
            BibTeXEntry entry = entries.values().iterator().next();
            SourceFields f = CslItems.fields(converter.toItemData(entry));
            mend(entry, f);
            references.add(f.read(number, entry.getKey().getValue()));
        } catch (org.jbibtex.ParseException | RuntimeException e) {
            String reason = RisReader.reason(e);
            unreadable.add(new EntryProblem(number, "", "the entry" + named + " could not be read: " + (reason
                    .contains("EOF") ? "it ends before all its braces are closed"
                            : "a brace, a quotation mark or a comma is missing or one too many ("
                                    + fileLines(reason, shift) + ")")));
        }
    }

    /** jbibtex counts lines from the start of the entry; the editor looks for them in the file. */
    private static String fileLines(String reason, int shift) {
        Matcher m = Pattern.compile("line (\\d+)").matcher(reason);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "line " + (Integer.parseInt(m.group(1)) + shift));
        }
        return m.appendTail(out).toString();
    }

    private static void mend(BibTeXEntry entry, SourceFields f) {
        String authors = field(entry, "author");
        if (authors != null && authors.matches("(?s).*\\band\\s+others\\s*$")) {
            f.moreAuthors = true;
        }
        String number = field(entry, "number");
        String series = field(entry, "series");
        if (number != null && f.type == SourceType.ARTICLE_JOURNAL && f.issue == null) {
            f.issue = number;
            f.mended.add("issue taken from number");
        }
        if (f.type == SourceType.REPORT && series != null) {
            f.collectionTitle = series;
            f.collectionNumber = number;
            f.reportNumber = null;
            f.mended.add("series and number in it taken from series and number");
        }
        String pmid = field(entry, "pmid");
        if (f.pmid == null && pmid != null && pmid.strip().matches("\\d{1,9}")) {
            f.pmid = pmid.strip();
            f.mended.add("PubMed id taken from pmid");
        }
        if (f.language != null && f.language.matches("(?i)german|deutsch|ngerman")) {
            f.language = "de";
        }
    }

    private static String field(BibTeXEntry entry, String name) {
        Value value = entry.getField(new Key(name));
        if (value == null) {
            return null;
        }
        return SourceFields.clean(value.toUserString().replaceAll("[{}]", ""));
    }
}
