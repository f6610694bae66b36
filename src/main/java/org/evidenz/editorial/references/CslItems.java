package org.evidenz.editorial.references;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evidenz.source.SourceType;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;

/**
 * The fields of a source from citeproc-java's item data, which its RIS and BibTeX converters and its CSL-JSON reader
 * all produce. What the converters leave out is mended by the format's reader.
 */
final class CslItems {

    static final Pattern PMID_IN_NOTE = Pattern.compile("(?i)\\bPMID:?\\s*(\\d{1,9})\\b");

    private CslItems() {
    }

    static SourceFields fields(CSLItemData item) {
        SourceFields f = new SourceFields();
        f.type = type(item.getType());
        if (item.getAuthor() != null) {
            for (CSLName name : item.getAuthor()) {
                author(f, name);
            }
        }
        f.title = SourceFields.title(item.getTitle());
        // Our sources hold the journal's abbreviation (Vancouver cites it so); the full title only without one.
        f.containerTitle = first(item.getJournalAbbreviation(), item.getContainerTitleShort(),
                item.getContainerTitle());
        if (item.getIssued() != null) {
            int[][] parts = item.getIssued().getDateParts();
            String raw = first(item.getIssued().getRaw(), item.getIssued().getLiteral());
            if (parts != null && parts.length > 0 && parts[0].length > 0) {
                f.year = parts[0][0];
            } else if (SourceFields.year(raw) != 0) {
                // RIS's PY (2014///) reaches the item data only as raw text, which no citation can print.
                f.year = SourceFields.year(raw);
                f.mended.add("year " + f.year + " read from the date '" + raw.strip() + "'");
            }
        }
        f.volume = item.getVolume();
        f.issue = item.getIssue();
        f.pagesOrArticleNumber(item.getPage());
        f.doi = item.getDOI();
        f.pmid = item.getPMID();
        if (f.pmid == null && item.getNote() != null) {
            Matcher m = PMID_IN_NOTE.matcher(item.getNote());
            if (m.find()) {
                f.pmid = m.group(1);
                f.mended.add("PubMed id " + f.pmid + " taken from the note");
            }
        }
        f.publisher = item.getPublisher();
        f.publisherPlace = first(item.getPublisherPlace(), item.getEventPlace());
        f.collectionTitle = item.getCollectionTitle();
        f.collectionNumber = item.getCollectionNumber();
        if (f.type == SourceType.REPORT) {
            f.reportNumber = item.getNumber();
        }
        f.url = item.getURL();
        f.language = item.getLanguage();
        return f;
    }

    private static void author(SourceFields f, CSLName name) {
        String literal = name.getLiteral();
        String family = name.getFamily();
        if (isMore(literal) || isMore(family) && name.getGiven() == null) {
            f.moreAuthors = true;
        } else if (literal != null) {
            f.organisation(literal);
        } else if (Boolean.TRUE.equals(name.getIsInstitution())) {
            f.organisation(family);
        } else {
            String particle = SourceFields.blank(name.getNonDroppingParticle()) ? ""
                    : name.getNonDroppingParticle().strip() + " ";
            f.person(family == null ? null : particle + family, name.getGiven());
        }
    }

    /** "and others" in BibTeX, "et al." where a list was shortened. */
    static boolean isMore(String name) {
        return name != null && name.strip().matches("(?i)others|et al\\.?|u\\. ?a\\.");
    }

    private static SourceType type(CSLType type) {
        if (type == null) {
            return SourceType.ARTICLE_JOURNAL;
        }
        return switch (type) {
            case REPORT -> SourceType.REPORT;
            case WEBPAGE, POST_WEBLOG, POST -> SourceType.WEBPAGE;
            case BOOK, CHAPTER -> SourceType.BOOK;
            default -> SourceType.ARTICLE_JOURNAL;
        };
    }

    static String first(String... values) {
        for (String value : values) {
            if (!SourceFields.blank(value)) {
                return value;
            }
        }
        return null;
    }
}
