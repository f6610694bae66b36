package org.evidenz.bundle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.evidenz.shared.Language;

/** Reads {@code images.yaml} and the files it names ({@code images/<id>.<ext>}). */
final class PictureListReader {

    static final String FILE = "images.yaml";
    static final String FOLDER = "images";

    private final Problems problems;

    PictureListReader(Problems problems) {
        this.problems = problems;
    }

    List<BundlePicture> read(BundleFiles files) {
        List<BundlePicture> pictures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        YamlFiles.read(files, FILE, problems).ifPresent(root -> {
            for (Fields f : root.mappings("images")) {
                picture(f, files).ifPresent(picture -> {
                    if (!ids.add(picture.id())) {
                        f.problem("id", "duplicate image id '" + picture.id() + "'");
                    }
                    pictures.add(picture);
                });
            }
            root.rejectUnknownFields();
        });
        return pictures;
    }

    private Optional<BundlePicture> picture(Fields f, BundleFiles files) {
        String id = f.requiredId("id");
        String file = f.required("file");
        byte[] bytes = null;
        if (file != null && !file.matches(FOLDER + "/[a-z0-9-]+\\.(jpg|jpeg|png|webp)")) {
            f.problem("file", "'" + file + "' is not a picture in the folder images/ (.jpg, .png or .webp)");
        } else if (file != null) {
            bytes = files.readBytes(file).orElse(null);
            if (bytes == null) {
                f.problem("file", "there is no file " + file + " in the bundle");
            }
        }
        boolean decorative = f.bool("decorative", false);
        String credit = f.required("credit", 500);
        String licence = f.required("licence", 200);
        Map<Language, BundlePicture.Text> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String alt = f.optional("alt-" + language.code(), 1000);
            String caption = f.optional("caption-" + language.code(), 2000);
            if (alt != null || caption != null) {
                texts.put(language, new BundlePicture.Text(alt, caption));
            }
        }
        if (!decorative && texts.values().stream().allMatch(text -> text.alt().isBlank())) {
            f.problem("alt-en", "a picture needs an alt text in at least one language (alt-en, alt-de), or "
                    + "decorative: true");
        }
        f.rejectUnknownFields();
        if (id == null || bytes == null || credit == null || licence == null) {
            return Optional.empty();
        }
        return Optional.of(new BundlePicture(id, file, bytes, decorative, credit, licence, texts));
    }
}
