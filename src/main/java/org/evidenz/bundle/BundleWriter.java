package org.evidenz.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Writes a {@link Bundle} as files in the format {@link BundleReader} reads, so that export and import are a
 * lossless round trip. Each item is written by {@link ItemFormat}: empty optional fields left out, multi-line text
 * as a literal block.
 */
@Component
public class BundleWriter {

    public void write(Bundle bundle, Path folder) {
        writeText(folder.resolve("bundle.yaml"), ItemText.yaml().dump(ItemMaps.map("format", bundle.format(),
                "name", bundle.name())));
        List<Item> items = ItemFormat.items(bundle);
        writeList(folder.resolve("sources.yaml"), "sources", items, ItemKind.SOURCE);
        writePictures(bundle.pictures(), folder);
        for (Edition edition : bundle.editions()) {
            Path languageFolder = folder.resolve(edition.language().code());
            List<Item> own = items.stream().filter(i -> edition.language().equals(i.language())).toList();
            writeList(languageFolder.resolve("conditions.yaml"), "conditions", own, ItemKind.CONDITION);
            writeList(languageFolder.resolve("treatments.yaml"), "treatments", own, ItemKind.TREATMENT);
            writeList(languageFolder.resolve("coverage.yaml"), "coverage", own, ItemKind.COVERAGE);
            writeList(languageFolder.resolve("findings.yaml"), "findings", own, ItemKind.FINDING);
            writeList(languageFolder.resolve("guidelines.yaml"), "guidelines", own, ItemKind.GUIDELINE);
            writeList(languageFolder.resolve("glossary.yaml"), "terms", own, ItemKind.TERM);
            writeList(languageFolder.resolve("topics.yaml"), "topics", own, ItemKind.TOPIC);
            writeList(languageFolder.resolve("pages.yaml"), "pages", own, ItemKind.PAGE);
            for (Item article : own.stream().filter(i -> i.kind() == ItemKind.ARTICLE).toList()) {
                writeText(languageFolder.resolve("articles").resolve(article.id() + ".md"), ItemFormat.write(article));
            }
        }
    }

    /** {@code images.yaml}, and each picture's file where it names it. */
    private static void writePictures(List<BundlePicture> pictures, Path folder) {
        if (pictures.isEmpty()) {
            return;
        }
        List<Map<String, Object>> maps = new java.util.ArrayList<>();
        for (BundlePicture picture : pictures) {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            map.put("id", picture.id());
            map.put("file", picture.file());
            if (picture.decorative()) {
                map.put("decorative", true);
            }
            map.put("credit", picture.credit());
            map.put("licence", picture.licence());
            for (org.evidenz.shared.Language language : org.evidenz.shared.Language.values()) {
                BundlePicture.Text text = picture.texts().get(language);
                if (text != null && !text.alt().isEmpty()) {
                    map.put("alt-" + language.code(), text.alt());
                }
                if (text != null && !text.caption().isEmpty()) {
                    map.put("caption-" + language.code(), text.caption());
                }
            }
            maps.add(map);
            try {
                Path file = folder.resolve(picture.file());
                Files.createDirectories(file.getParent());
                Files.write(file, picture.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + picture.file(), e);
            }
        }
        writeText(folder.resolve(PictureListReader.FILE), ItemText.yaml().dump(Map.of("images", maps)));
    }

    private static void writeList(Path file, String key, List<Item> items, ItemKind kind) {
        List<Map<String, Object>> maps = items.stream().filter(i -> i.kind() == kind).map(ItemFormat::map).toList();
        if (!maps.isEmpty()) {
            writeText(file, ItemText.yaml().dump(Map.of(key, maps)));
        }
    }

    private static void writeText(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
