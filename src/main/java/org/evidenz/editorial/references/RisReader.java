package org.evidenz.editorial.references;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

import org.jbibtex.ParseException;

import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISReference;

/**
 * RIS with citeproc-java's converter, one entry (TY … ER) at a time so that a broken entry is named by its number.
 * Mended: the year from {@code PY}/{@code DA} of any shape ({@code 2014///}), which the converter keeps only as raw
 * text; the journal from {@code T2} or {@code JO}, which it leaves out or files as a series; the title from
 * {@code T1}; the PubMed id from {@code AN} when the record came from PubMed, or from a note.
 */
final class RisReader {

    private RisReader() {
    }

    static ReferenceReading read(String text) {
        List<ReadReference> references = new ArrayList<>();
        List<EntryProblem> unreadable = new ArrayList<>();
        List<String> entry = null;
        int number = 0;
        int line = 0;
        for (String l : text.split("\\R")) {
            line++;
            String tag = l.length() >= 2 ? l.substring(0, 2) : "";
            boolean tagged = l.matches("[A-Z][A-Z0-9] {2}-.*");
            if (tagged && tag.equals("TY")) {
                if (entry != null) {
                    unreadable.add(new EntryProblem(number, "", "it has no end: the line 'ER  - ' is missing "
                            + "before line " + line));
                }
                number++;
                entry = new ArrayList<>();
                entry.add(l);
            } else if (tagged && tag.equals("ER")) {
                if (entry == null) {
                    unreadable.add(new EntryProblem(number + 1, "", "line " + line + " ends an entry that never "
                            + "began: the line 'TY  - ' is missing"));
                } else {
                    entry.add("ER  - ");
                    read(number, entry, references, unreadable);
                }
                entry = null;
            } else if (entry != null) {
                entry.add(l);
            } else if (!l.isBlank() && !l.strip().equals("\uFEFF")) {
                unreadable.add(new EntryProblem(number + 1, "", "line " + line + " stands outside any entry; "
                        + "every entry begins with 'TY  - '"));
            }
        }
        if (entry != null) {
            unreadable.add(new EntryProblem(number, "", "it has no end: the line 'ER  - ' is missing at the end of "
                    + "the file"));
        }
        if (number == 0 && unreadable.isEmpty()) {
            unreadable.add(EntryProblem.file("there is no RIS entry in it (an entry begins with 'TY  - ')"));
        }
        return new ReferenceReading(ReferenceFormat.RIS, references, unreadable);
    }

    private static void read(int number, List<String> lines, List<ReadReference> references,
            List<EntryProblem> unreadable) {
        RISConverter converter = new RISConverter();
        try {
            RISLibrary library = converter.loadLibrary(new ByteArrayInputStream(
                    (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
            if (library.getReferences().size() != 1) {
                unreadable.add(new EntryProblem(number, "", "it could not be read as one RIS entry"));
                return;
            }
            RISReference ris = library.getReferences().getFirst();
            SourceFields f = CslItems.fields(converter.toItemData(ris));
            mend(ris, f);
            references.add(f.read(number, null));
        } catch (IOException | ParseException | RuntimeException e) {
            unreadable.add(new EntryProblem(number, "", "it could not be read as RIS: " + reason(e)));
        }
    }

    private static void mend(RISReference ris, SourceFields f) {
        if (f.title == null && ris.getPrimaryTitle() != null) {
            f.title = SourceFields.title(ris.getPrimaryTitle());
        }
        String journal = CslItems.first(ris.getJournal(), ris.getSecondaryTitle());
        if (journal != null && f.type == org.evidenz.source.SourceType.ARTICLE_JOURNAL) {
            if (f.containerTitle == null) {
                f.containerTitle = journal.strip();
                f.mended.add("journal taken from " + (ris.getJournal() != null ? "JO" : "T2"));
            }
            if (Objects.equals(SourceFields.clean(f.collectionTitle), SourceFields.clean(journal))) {
                f.collectionTitle = null;
            }
        }
        int year = SourceFields.year(CslItems.first(ris.getYear(), ris.getDate()));
        if (f.year == 0 && year != 0) {
            f.year = year;
            f.mended.add("year " + year + " read from '" + CslItems.first(ris.getYear(), ris.getDate()).strip()
                    + "'");
        }
        if (f.pmid == null) {
            String accession = ris.getAccessionNumber();
            String database = (Objects.toString(ris.getNameOfDatabase(), "") + " "
                    + Objects.toString(ris.getDatabaseProvider(), "")).toLowerCase();
            if (accession != null && accession.strip().matches("\\d{1,9}")
                    && (database.contains("pubmed") || database.contains("nlm") || database.contains("medline"))) {
                f.pmid = accession.strip();
                f.mended.add("PubMed id taken from AN");
            } else if (ris.getNotes() != null) {
                for (String note : ris.getNotes()) {
                    Matcher m = CslItems.PMID_IN_NOTE.matcher(note);
                    if (m.find()) {
                        f.pmid = m.group(1);
                        f.mended.add("PubMed id taken from a note");
                        break;
                    }
                }
            }
        }
    }

    static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "its structure is not valid" : message.strip();
    }
}
