package org.evidenz.picture;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.evidenz.audit.AuditLog;
import org.evidenz.bundle.BundlePicture;
import org.evidenz.bundle.BundleProblem;
import org.evidenz.bundle.InvalidBundleException;
import org.evidenz.prose.ProseFigure;
import org.evidenz.prose.ProseFigures;
import org.evidenz.prose.ProseSyntax;
import org.evidenz.shared.ContentChanged;
import org.evidenz.shared.DatabaseTime;
import org.evidenz.shared.Language;
import org.evidenz.shared.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The picture library: upload (checked, re-encoded, stored in a few widths in one step), change what is said about a
 * picture, look pictures up. Every upload and change is audited in its transaction; a refused one changes nothing.
 */
@Service
public class Pictures implements ProseFigures {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Pictures(JdbcClient jdbc, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Checks, re-encodes and stores an upload, by {@code editor}; refuses with {@link PictureRefused}. */
    @Transactional
    Picture upload(PictureDetails details, byte[] bytes, String editor) {
        List<String> problems = new ArrayList<>(details.problems());
        if (problems.isEmpty() && find(details.id()).isPresent()) {
            problems.add("There is a picture with the id " + details.id() + " already; choose another.");
        }
        if (!problems.isEmpty()) {
            throw new PictureRefused(String.join(" ", problems));
        }
        List<ResponsiveSizes.Encoded> files = ResponsiveSizes.of(details.id(), PictureDecoder.decode(bytes));
        PictureFile largest = files.getLast().file();
        Instant now = clock.instant();
        jdbc.sql("insert into picture (id, decorative, credit, licence, width, height, uploaded_by, uploaded_at, "
                        + "changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(details.id(), details.decorative(), details.credit(), details.licence(), largest.width(),
                        largest.height(), editor, DatabaseTime.bind(now), DatabaseTime.bind(now))
                .update();
        writeTexts(details);
        for (ResponsiveSizes.Encoded file : files) {
            jdbc.sql("insert into picture_file (name, picture_id, width, height, media_type, bytes) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(file.file().name(), details.id(), file.file().width(), file.file().height(),
                            file.file().mediaType(), file.bytes())
                    .update();
        }
        audit.record(editor, PictureAction.PICTURE_UPLOADED, details.id() + ": " + largest.width() + " × "
                + largest.height() + " px, " + files.size() + " widths, " + details.licence());
        // A published text may name it already (imported before its picture): its pages can show it now.
        events.publishEvent(new ContentChanged(java.util.EnumSet.allOf(Language.class)));
        return find(details.id()).orElseThrow();
    }

    /** Changes what is said about a picture (not its pixels, whose addresses readers may keep). */
    @Transactional
    Picture change(PictureDetails details, String editor) {
        List<String> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new PictureRefused(String.join(" ", problems));
        }
        int changed = jdbc.sql("update picture set decorative = ?, credit = ?, licence = ?, changed_at = ? "
                        + "where id = ?")
                .params(details.decorative(), details.credit(), details.licence(),
                        DatabaseTime.bind(clock.instant()), details.id())
                .update();
        if (changed == 0) {
            throw new PictureRefused("There is no picture " + details.id() + ".");
        }
        jdbc.sql("delete from picture_text where picture_id = ?").param(details.id()).update();
        writeTexts(details);
        audit.record(editor, PictureAction.PICTURE_CHANGED, details.id());
        // Pages that show it show its alt text and caption: they are derived from it like from content.
        events.publishEvent(new ContentChanged(java.util.EnumSet.allOf(Language.class)));
        return find(details.id()).orElseThrow();
    }

    private void writeTexts(PictureDetails details) {
        for (Language language : Language.values()) {
            PictureText text = details.text(language);
            jdbc.sql("insert into picture_text (picture_id, lang, alt, caption) values (?, ?, ?, ?)")
                    .params(details.id(), language.code(), details.decorative() ? "" : text.alt(), text.caption())
                    .update();
        }
    }

    /**
     * Replaces the library with a bundle's pictures, each checked and re-encoded like an upload; in the transaction
     * of the import, so that a refused picture leaves everything as it was.
     *
     * @throws InvalidBundleException naming the picture's file when a picture is refused
     */
    @Transactional
    public void replaceAll(List<BundlePicture> imported, String actor) {
        jdbc.sql("delete from picture").update();
        for (BundlePicture picture : imported) {
            Map<Language, PictureText> texts = new EnumMap<>(Language.class);
            picture.texts().forEach((language, text) -> texts.put(language, new PictureText(text.alt(),
                    text.caption())));
            try {
                upload(new PictureDetails(picture.id(), picture.decorative(), picture.credit(), picture.licence(),
                        texts), picture.bytes(), actor);
            } catch (PictureRefused e) {
                throw new InvalidBundleException(List.of(new BundleProblem(picture.file(), 0, "", e.getMessage())));
            }
        }
    }

    /** The library for a bundle: what is said about each picture, and its largest stored file. */
    @Transactional(readOnly = true)
    public List<BundlePicture> exported() {
        List<BundlePicture> exported = new ArrayList<>();
        for (Picture picture : load("", List.of(), null)) {
            PictureFile largest = picture.largest();
            Map<Language, BundlePicture.Text> texts = new EnumMap<>(Language.class);
            picture.texts().forEach((language, text) -> texts.put(language, new BundlePicture.Text(text.alt(),
                    text.caption())));
            exported.add(new BundlePicture(picture.id(), "images/" + picture.id()
                    + largest.name().substring(largest.name().lastIndexOf('.')), file(largest.name()).orElseThrow()
                    .bytes(), picture.decorative(), picture.credit(), picture.licence(), texts));
        }
        exported.sort(java.util.Comparator.comparing(BundlePicture::id));
        return exported;
    }

    /** The picture with this id, if there is one. */
    public Optional<Picture> find(String id) {
        return load("where id = ?", List.of(id), null).stream().findFirst();
    }

    /** The pictures of a page in {@code language}, as its prose shows them; null for one it cannot show. */
    @Override
    public Function<String, ProseFigure> in(Language language) {
        return id -> find(id).map(picture -> picture.figure(language)).orElse(null);
    }

    /**
     * What keeps a text in {@code language} from being published: each picture it shows that is not in the library,
     * or has no alt text in that language (and is not decorative). Empty when there is nothing.
     */
    public List<String> problems(Language language, String text) {
        List<String> problems = new ArrayList<>();
        for (String id : ProseSyntax.imageIds(text)) {
            Optional<Picture> picture = find(id);
            if (picture.isEmpty()) {
                problems.add("shows the picture " + id + ", which is not in the picture library");
            } else if (language != null && !picture.get().describedIn(language)) {
                problems.add("shows the picture " + id + ", which has no alt text in "
                        + language.locale().getDisplayLanguage(java.util.Locale.UK)
                        + " (give it one in the picture library, or mark it as decorative)");
            }
        }
        return problems;
    }

    /** Every picture, newest first, one page at a time. */
    public List<Picture> list(Paging paging) {
        return load("", List.of(), paging);
    }

    public long count() {
        return jdbc.sql("select count(*) from picture").query(Long.class).single();
    }

    /** A stored file's bytes and type, by its name. */
    Optional<StoredFile> file(String name) {
        return jdbc.sql("select media_type, bytes from picture_file where name = ?").param(name)
                .query((rs, n) -> new StoredFile(rs.getString("media_type"), rs.getBytes("bytes")))
                .optional();
    }

    record StoredFile(String mediaType, byte[] bytes) {
    }

    private List<Picture> load(String where, List<Object> params, Paging paging) {
        List<Object> all = new ArrayList<>(params);
        String page = "";
        if (paging != null) {
            page = " limit ? offset ?";
            all.add(paging.size());
            all.add(paging.offset());
        }
        List<Picture> pictures = jdbc.sql("select id, decorative, credit, licence, width, height, uploaded_by, "
                        + "uploaded_at, changed_at from picture " + where + " order by uploaded_at desc, id" + page)
                .params(all)
                .query((rs, n) -> new Picture(rs.getString("id"), rs.getBoolean("decorative"),
                        rs.getString("credit"), rs.getString("licence"), rs.getInt("width"), rs.getInt("height"),
                        Map.of(), List.of(), rs.getString("uploaded_by"), DatabaseTime.read(rs, "uploaded_at"),
                        DatabaseTime.read(rs, "changed_at")))
                .list();
        List<Picture> complete = new ArrayList<>();
        for (Picture p : pictures) {
            Map<Language, PictureText> texts = new EnumMap<>(Language.class);
            jdbc.sql("select lang, alt, caption from picture_text where picture_id = ?").param(p.id())
                    .query((rs, n) -> texts.put(Language.of(rs.getString("lang")),
                            new PictureText(rs.getString("alt"), rs.getString("caption"))))
                    .list();
            List<PictureFile> files = jdbc.sql("select name, width, height, media_type from picture_file "
                            + "where picture_id = ? order by width")
                    .param(p.id())
                    .query((rs, n) -> new PictureFile(rs.getString("name"), rs.getInt("width"), rs.getInt("height"),
                            rs.getString("media_type")))
                    .list();
            complete.add(new Picture(p.id(), p.decorative(), p.credit(), p.licence(), p.width(), p.height(), texts,
                    files, p.uploadedBy(), p.uploadedAt(), p.changedAt()));
        }
        return complete;
    }
}
