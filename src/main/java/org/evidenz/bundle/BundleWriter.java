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
