package org.evidenz.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;

/**
 * Formats sources as Vancouver citations (NLM "Citing Medicine", citation-sequence) with citeproc-java, from
 * their structured fields. The result is plain text; templates escape it like any other text.
 */
@Component
public class CitationFormatter {

    /** The CSL style id of NLM's Vancouver style in the citationstyles.org repository. */
    static final String STYLE = "nlm-citation-sequence";

    private static final Pattern ENTRY_NUMBER = Pattern.compile("^\\s*\\d+\\.\\s*");

    /** Keyed by the record itself, so an edited source is formatted afresh and nothing needs evicting. */
    private final Map<Source, String> cache = new ConcurrentHashMap<>();

    public String format(Source source) {
        return cache.computeIfAbsent(source, CitationFormatter::render);
    }

    private static String render(Source source) {
        try {
            var bibliography = CSL.makeAdhocBibliography(STYLE, "text", toCsl(source));
            return ENTRY_NUMBER.matcher(bibliography.getEntries()[0].strip()).replaceFirst("");
        } catch (IOException e) {
            throw new UncheckedIOException("Citation style " + STYLE + " could not be loaded", e);
        }
    }

    static CSLItemData toCsl(Source source) {
        List<CSLName> names = new ArrayList<>();
        for (Author author : source.authors()) {
            names.add(author.isOrganisation()
                    ? new CSLNameBuilder().literal(author.literal()).isInstitution(true).build()
                    : new CSLNameBuilder().family(author.family()).given(initials(author.given())).build());
        }
        if (source.moreAuthors()) {
            // Vancouver ends a shortened author list with "et al."; CSL has no field for "the list is incomplete".
            names.add(new CSLNameBuilder().literal("et al.").build());
        }
        CSLItemDataBuilder item = new CSLItemDataBuilder()
                .id(source.id())
                .type(cslType(source.type()))
                .title(source.title())
                .author(names.toArray(CSLName[]::new))
                .issued(source.year());
        setIfPresent(source.containerTitle(), item::containerTitle);
        setIfPresent(source.volume(), item::volume);
        setIfPresent(source.issue(), item::issue);
        // NLM cites an electronic location (Cochrane CD number, BMJ e-number) where a page range would go.
        setIfPresent(source.pages() != null ? source.pages() : source.articleNumber(), item::page);
        setIfPresent(source.doi(), item::DOI);
        setIfPresent(source.pmid(), item::PMID);
        setIfPresent(source.publisher(), item::publisher);
        setIfPresent(source.publisherPlace(), item::publisherPlace);
        setIfPresent(source.collectionTitle(), item::collectionTitle);
        // NLM prints a series number as the volume inside the series parentheses: "(AHRQ …; vol. 169)".
        setIfPresent(source.volume() == null ? source.collectionNumber() : null, item::volume);
        setIfPresent(source.reportNumber(), item::number);
        setIfPresent(source.url(), item::URL);
        setIfPresent(source.language(), item::language);
        return item.build();
    }

    /** "AD" is two initials; CSL would read it as one given name and shorten it to "A". */
    private static String initials(String given) {
        if (given != null && given.matches("\\p{Lu}{2,4}")) {
            return String.join(" ", given.split(""));
        }
        return given;
    }

    private static CSLType cslType(SourceType type) {
        return switch (type) {
            case ARTICLE_JOURNAL -> CSLType.ARTICLE_JOURNAL;
            case REPORT, GUIDELINE -> CSLType.REPORT;
            case WEBPAGE -> CSLType.WEBPAGE;
            case BOOK -> CSLType.BOOK;
        };
    }

    private static void setIfPresent(String value, java.util.function.Consumer<String> setter) {
        if (value != null && !value.isBlank()) {
            setter.accept(value);
        }
    }
}
