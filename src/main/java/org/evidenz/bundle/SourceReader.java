package org.evidenz.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.evidenz.source.Author;
import org.evidenz.source.Source;
import org.evidenz.source.SourceType;

/** Reads {@code sources.yaml}. */
final class SourceReader {

    private final References references;
    private final Problems problems;

    SourceReader(References references, Problems problems) {
        this.references = references;
        this.problems = problems;
    }

    List<Source> read(BundleFiles files) {
        List<Source> sources = new ArrayList<>();
        YamlFiles.read(files, "sources.yaml", problems).ifPresent(root -> {
            for (Fields f : root.mappings("sources")) {
                sources.add(source(f));
            }
            root.rejectUnknownFields();
        });
        return sources;
    }

    Source source(Fields f) {
        String id = f.requiredId("id");
        references.define(References.Kind.SOURCE, null, id, f.location("id"));
        SourceType type = f.requiredCode("type", Arrays.asList(SourceType.values()), SourceType::code);
        List<Author> authors = new ArrayList<>();
        for (Fields a : f.mappings("authors")) {
            authors.add(author(a));
        }
        boolean moreAuthors = f.bool("more-authors", false);
        String title = f.required("title");
        String containerTitle = f.optional("container-title");
        Integer year = f.requiredInt("year", 1500, 2100);
        String doi = f.optional("doi");
        if (doi != null && !doi.matches("10\\.\\d{4,9}/\\S+")) {
            f.problem("doi", "'" + doi + "' is not a DOI (10.xxxx/…); write it without https://doi.org/");
        }
        String pmid = f.optional("pmid");
        if (pmid != null && !pmid.matches("\\d{1,9}")) {
            f.problem("pmid", "'" + pmid + "' is not a PubMed id (digits only)");
        }
        String url = f.optional("url");
        if (url != null && !url.matches("https?://\\S+")) {
            f.problem("url", "'" + url + "' is not a web address starting with https://");
        }
        String language = f.optional("language");
        if (language != null && !language.matches("[a-z]{2}")) {
            f.problem("language", "'" + language + "' is not a two-letter language code such as de");
        }
        Source source = new Source(id, type, authors, moreAuthors, title, containerTitle, year == null ? 0 : year,
                f.optional("volume"), f.optional("issue"), f.optional("pages"), f.optional("article-number"), doi,
                pmid, f.optional("publisher"), f.optional("publisher-place"), f.optional("collection-title"),
                f.optional("collection-number"), f.optional("report-number"), url, language, f.optional("note"));
        f.rejectUnknownFields();
        return source;
    }

    private static Author author(Fields a) {
        String literal = a.optional("literal");
        String family = a.optional("family");
        String given = a.optional("given");
        if (literal == null && family == null) {
            a.problem("family", "an author needs a family name (a person) or a literal name (an organisation)");
        }
        if (literal != null && (family != null || given != null)) {
            a.problem("literal", "an author is either a person (family, given) or an organisation (literal), "
                    + "not both");
        }
        a.rejectUnknownFields();
        return new Author(family, given, literal);
    }
}
