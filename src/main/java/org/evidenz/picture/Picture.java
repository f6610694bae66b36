package org.evidenz.picture;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.evidenz.prose.ProseFigure;
import org.evidenz.shared.Language;

/**
 * A picture and what editors said about it.
 *
 * @param decorative adds nothing to the text, so readers of assistive technology skip it (empty alt)
 * @param width the width in pixels of the largest stored file
 * @param files the stored widths, narrowest first
 */
public record Picture(String id, boolean decorative, String credit, String licence, int width, int height,
        Map<Language, PictureText> texts, List<PictureFile> files, String uploadedBy, Instant uploadedAt,
        Instant changedAt) {

    public Picture {
        texts = Map.copyOf(texts);
        files = files.stream().sorted(Comparator.comparingInt(PictureFile::width)).toList();
    }

    public PictureText text(Language language) {
        return texts.getOrDefault(language, PictureText.NONE);
    }

    /** Whether readers of {@code language} can be told what it shows: decorative, or it has an alt text there. */
    public boolean describedIn(Language language) {
        return decorative || !text(language).alt().isEmpty();
    }

    /** The languages in which there is no alt text, and so in which the picture cannot be shown yet. */
    public List<Language> undescribedIn() {
        return java.util.Arrays.stream(Language.values()).filter(language -> !describedIn(language)).toList();
    }

    /** As prose shows it in {@code language}, or null when it cannot be: no alt text there. */
    public ProseFigure figure(Language language) {
        if (!describedIn(language)) {
            return null;
        }
        String caption = text(language).caption();
        String credit = credit() + ", " + licence();
        return new ProseFigure(largest().url(), srcset(), largest().width(), largest().height(),
                decorative ? "" : text(language).alt(), caption.isEmpty() ? credit : caption + " — " + credit);
    }

    /** The largest stored file, for {@code src} and for those who take one address. */
    public PictureFile largest() {
        return files.getLast();
    }

    /** The {@code srcset} attribute: every stored width. */
    public String srcset() {
        return String.join(", ", files.stream().map(file -> file.url() + " " + file.width() + "w").toList());
    }
}
