package org.evidenz.editorial.references;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.evidenz.accounts.User;
import org.evidenz.audit.AuditLog;
import org.evidenz.bundle.BundleProblem;
import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.bundle.ItemReading;
import org.evidenz.editorial.EditorialAction;
import org.evidenz.editorial.authoring.EditorPaths;
import org.evidenz.editorial.authoring.ItemEditor;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.shell.Role;
import org.evidenz.source.CitationFormatter;
import org.evidenz.source.Source;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports references from a reference manager's or PubMed's file as draft sources. The preview changes nothing; the
 * import creates the chosen entries through {@link ItemEditor}, exactly as typed-in sources are created (the same
 * rules, revision 1, audited), all in one transaction: either every chosen entry becomes a draft or none does.
 */
@Service
public class ReferenceImport {

    /** More references than one import needs; a bound on what one request can make us check. */
    static final int MAX_ENTRIES = 500;

    private final ContentStore store;
    private final ItemEditor editor;
    private final CitationFormatter citations;
    private final AuditLog audit;
    private final Clock clock;

    ReferenceImport(ContentStore store, ItemEditor editor, CitationFormatter citations, AuditLog audit,
            Clock clock) {
        this.store = store;
        this.editor = editor;
        this.citations = citations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reads the text and checks each entry as the source form would; writes nothing.
     *
     * @param format the format, or null to detect it
     * @param ids ids the editor chose for entries (by entry number), instead of the suggested ones
     */
    @Transactional(readOnly = true)
    public ImportPreview preview(String text, ReferenceFormat format, Map<Integer, String> ids) {
        ReferenceFormat used = format;
        if (used == null) {
            used = ReferenceFormat.detect(text).orElse(null);
            if (used == null) {
                return new ImportPreview(null, true, List.of(), List.of(EntryProblem.file("its format could not "
                        + "be recognised; choose the format it is in (RIS, BibTeX, CSL-JSON, MEDLINE or PubMed "
                        + "XML)")));
            }
        }
        ReferenceReading reading = ReferenceReaders.read(used, text);
        int entries = reading.references().size() + reading.unreadable().size();
        if (entries > MAX_ENTRIES) {
            return new ImportPreview(used, format == null, List.of(), List.of(EntryProblem.file(String.format(
                    Locale.ENGLISH, "it has %,d entries; one import takes at most %,d, so split the file",
                    entries, MAX_ENTRIES))));
        }
        List<Source> existing = existingSources();
        Set<String> taken = new HashSet<>(existing.stream().map(Source::id).toList());
        Map<String, Integer> idsInFile = new LinkedHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (ReadReference read : reading.references()) {
            String chosen = ids.get(read.entry());
            String id = chosen == null || chosen.isBlank() ? suggestId(read.source(), taken) : chosen.strip();
            taken.add(id);
            Source source = withId(read.source(), id);
            List<EntryProblem> problems = new ArrayList<>(check(read.entry(), source));
            Integer earlier = idsInFile.putIfAbsent(id, read.entry());
            if (earlier != null) {
                problems.add(new EntryProblem(read.entry(), "id", "entry " + earlier + " of this file has the id '"
                        + id + "' already; give this one another"));
            }
            candidates.add(new Candidate(read.entry(), read.label(), source, citation(source), problems,
                    duplicates(source, existing), read.mended()));
        }
        return new ImportPreview(used, format == null, candidates, reading.unreadable());
    }

    /**
     * Creates the chosen entries as draft sources, in one transaction.
     *
     * @return the keys of the sources created, in the file's order
     * @throws ImportRefused when the file cannot be read, nothing is chosen, or a chosen entry has problems; then
     *         nothing is written
     */
    @Transactional
    public List<ItemKey> create(String text, ReferenceFormat format, Set<Integer> chosen, Map<Integer, String> ids,
            String fileName, User actor) {
        if (!actor.has(Role.AUTHOR)) {
            throw new AccessDeniedException("Importing references creates sources, which needs the role AUTHOR.");
        }
        ImportPreview preview = preview(text, format, ids);
        if (!preview.readable()) {
            throw new ImportRefused("Nothing was created: the file has entries that cannot be read.", preview);
        }
        List<Candidate> picked = preview.candidates().stream().filter(c -> chosen.contains(c.entry())).toList();
        if (picked.isEmpty()) {
            throw new ImportRefused("Nothing was created: tick the references to create.", preview);
        }
        if (picked.stream().anyMatch(c -> !c.creatable())) {
            throw new ImportRefused("Nothing was created: a reference you ticked has problems (listed with it).",
                    preview);
        }
        Instant now = clock.instant();
        List<ItemKey> created = new ArrayList<>();
        for (Candidate candidate : picked) {
            ItemReading reading = editor.create(ItemKind.SOURCE, null, text(candidate.source()), actor);
            if (!reading.valid()) {
                // Someone created an item with this id since the preview: roll everything back.
                throw new ImportRefused("Nothing was created: " + reading.problems().getFirst().reason(),
                        preview(text, format, ids));
            }
            ItemKey key = ItemKey.of(reading.item());
            audit.record(now, actor.email(), EditorialAction.REFERENCES_IMPORTED, key, 1, String.format(
                    Locale.ENGLISH, "%s entry %d of %s%s", preview.format().label(), candidate.entry(),
                    preview.candidates().size(), fileName == null || fileName.isBlank() ? " (pasted)"
                            : " in " + fileName));
            created.add(key);
        }
        return created;
    }

    private List<EntryProblem> check(int entry, Source source) {
        ItemReading reading = editor.check(ItemKind.SOURCE, null, null, text(source));
        List<EntryProblem> problems = new ArrayList<>();
        for (BundleProblem p : reading.problems()) {
            String reason = p.reason().equals("required") ? "missing: the file has no value for it" : p.reason();
            problems.add(new EntryProblem(entry, p.field(), reason));
        }
        return problems;
    }

    /** The bundle text of the source, as the source form makes it; a missing year is left out, not written 0. */
    private static String text(Source source) {
        Map<String, Object> fields = ItemFormat.map(new Item.SourceItem(source));
        if (source.year() == 0) {
            fields.remove("year");
        }
        if (source.title() == null) {
            fields.remove("title");
        }
        return ItemFormat.text(ItemKind.SOURCE, fields);
    }

    private String citation(Source source) {
        if (source.title() == null || source.year() == 0) {
            // Without them a citation would mislead (a year 0); the problems say what is missing.
            return null;
        }
        try {
            return citations.format(source);
        } catch (RuntimeException e) {
            // A citation of an entry with problems may not be formattable; the problems say why.
            return null;
        }
    }

    private List<Source> existingSources() {
        List<Source> sources = new ArrayList<>();
        for (StoredItem stored : store.list(ItemKind.SOURCE, null)) {
            sources.add(store.source(stored.key(), stored.latestRevision()));
        }
        return sources;
    }

    private static List<Duplicate> duplicates(Source source, List<Source> existing) {
        List<Duplicate> found = new ArrayList<>();
        String title = normalized(source.title());
        for (Source other : existing) {
            String why = source.doi() != null && source.doi().equalsIgnoreCase(Objects.toString(other.doi(), ""))
                    ? "same DOI"
                    : source.pmid() != null && source.pmid().equals(other.pmid()) ? "same PubMed id"
                            : !title.isEmpty() && title.equals(normalized(other.title())) ? "same title" : null;
            if (why != null) {
                found.add(new Duplicate(other.id(), EditorPaths.path(new ItemKey(ItemKind.SOURCE, null, other.id())),
                        why));
            }
        }
        return found;
    }

    /** A title compared without case, accents, punctuation and spacing. */
    static String normalized(String title) {
        if (title == null) {
            return "";
        }
        return Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Like the demo's ids: the first author's family name and the year (chou-2017), made unique with -b, -c … */
    static String suggestId(Source source, Set<String> taken) {
        String name = source.authors().isEmpty() ? source.title()
                : source.authors().getFirst().isOrganisation() ? source.authors().getFirst().literal()
                        : source.authors().getFirst().family();
        String word = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (word.length() > 30) {
            word = word.substring(0, 30).replaceAll("-+$", "");
        }
        String base = (word.isEmpty() ? "source" : word) + (source.year() > 0 ? "-" + source.year() : "");
        String id = base;
        for (char suffix = 'b'; taken.contains(id); suffix++) {
            id = base + "-" + suffix;
            if (suffix == 'z') {
                id = base + "-" + (taken.size() + 1);
                break;
            }
        }
        return id;
    }

    private static Source withId(Source s, String id) {
        return new Source(id, s.type(), s.authors(), s.moreAuthors(), s.title(), s.containerTitle(), s.year(),
                s.volume(), s.issue(), s.pages(), s.articleNumber(), s.doi(), s.pmid(), s.publisher(),
                s.publisherPlace(), s.collectionTitle(), s.collectionNumber(), s.reportNumber(), s.url(),
                s.language(), s.note());
    }
}
