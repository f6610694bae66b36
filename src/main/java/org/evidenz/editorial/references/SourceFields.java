package org.evidenz.editorial.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evidenz.source.Author;
import org.evidenz.source.Source;
import org.evidenz.source.SourceType;

/** The fields of a source as a reader collects them from one entry, tidied the way our sources are written. */
final class SourceFields {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d|2100)(?!\\d)");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern ARTICLE_NUMBER = Pattern.compile("\\p{L}+\\d+");

    SourceType type = SourceType.ARTICLE_JOURNAL;
    final List<Author> authors = new ArrayList<>();
    boolean moreAuthors;
    String title;
    String containerTitle;
    int year;
    String volume;
    String issue;
    String pages;
    String articleNumber;
    String doi;
    String pmid;
    String publisher;
    String publisherPlace;
    String collectionTitle;
    String collectionNumber;
    String reportNumber;
    String url;
    String language;
    final List<String> mended = new ArrayList<>();

    void person(String family, String given) {
        if (blank(family)) {
            return;
        }
        authors.add(Author.person(family.strip(), blank(given) ? null : initials(given)));
    }

    void organisation(String name) {
        if (!blank(name)) {
            authors.add(Author.organisation(name.strip()));
        }
    }

    /** The year in a date of any common shape: 2017, 2017///, 2017/04/04/, 2017 Apr 4, 2017-04. */
    static int year(String date) {
        if (date == null) {
            return 0;
        }
        Matcher m = YEAR.matcher(date);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** A DOI as our sources write it: without https://doi.org/ or "doi:". */
    static String doi(String text) {
        if (blank(text)) {
            return null;
        }
        Matcher m = DOI.matcher(text.strip());
        return m.find() ? m.group().replaceAll("[.,;]+$", "") : text.strip();
    }

    /**
     * Vancouver gives initials without points: "R.", "A. D.", "Roger", "Jean-François" become R, AD, R, JF. Initials
     * already written that way stay.
     */
    static String initials(String given) {
        String g = given.strip();
        if (g.matches("\\p{Lu}{1,4}")) {
            return g;
        }
        StringBuilder initials = new StringBuilder();
        for (String part : g.split("[\\s.\\-]+")) {
            if (!part.isEmpty()) {
                initials.append(part.substring(0, 1).toUpperCase(Locale.ROOT));
            }
        }
        return initials.toString();
    }

    /**
     * A page field that holds an electronic location (Cochrane's CD013814, BMJ's m4825) goes where our sources keep
     * it; the citation prints it in the same place.
     */
    void pagesOrArticleNumber(String page) {
        if (blank(page)) {
            return;
        }
        String p = page.strip().replace("--", "-").replace('–', '-');
        if (ARTICLE_NUMBER.matcher(p).matches()) {
            articleNumber = p;
        } else {
            pages = p;
        }
    }

    /** A title without the full stop PubMed ends every title with. */
    static String title(String text) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        return t.endsWith(".") && !t.endsWith("..") ? t.substring(0, t.length() - 1) : t;
    }

    /** Two-letter codes from the three-letter ones MEDLINE uses (eng, ger); English is left out as the default. */
    static String language(String code) {
        if (blank(code)) {
            return null;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        String two = switch (c) {
            case "eng", "en", "english" -> null;
            case "ger", "deu", "de", "german", "deutsch" -> "de";
            case "fre", "fra", "fr", "french" -> "fr";
            case "spa", "es", "spanish" -> "es";
            case "ita", "it", "italian" -> "it";
            case "dut", "nld", "nl", "dutch" -> "nl";
            default -> c.length() == 2 ? c : c.length() > 2 && c.charAt(2) == '-' ? c.substring(0, 2) : c;
        };
        return two;
    }

    static String clean(String value) {
        return blank(value) ? null : value.strip().replaceAll("\\s+", " ");
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The source, without an id yet. */
    Source toSource() {
        return new Source(null, type, authors, moreAuthors, clean(title), clean(containerTitle), year, clean(volume),
                clean(issue), clean(pages), clean(articleNumber), doi(doi), clean(pmid), clean(publisher),
                clean(publisherPlace), clean(collectionTitle), clean(collectionNumber), clean(reportNumber),
                clean(url), language(language), null);
    }

    ReadReference read(int entry, String label) {
        return new ReadReference(entry, label, toSource(), mended);
    }
}
