package org.evidenz.bundle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.evidenz.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Reads and validates a whole content bundle (see {@code docs/content-bundles.md}). Either every file is valid and
 * every reference resolves, or an {@link InvalidBundleException} lists every problem found.
 */
@Component
public class BundleReader {

    public static final int FORMAT = 1;

    public Bundle read(Path folder) {
        return read(BundleFiles.folder(folder));
    }

    /** Reads a bundle from the classpath, e.g. {@code content} for the demo bundle. */
    public Bundle readClasspath(String location) {
        return read(BundleFiles.classpath(location));
    }

    Bundle read(BundleFiles files) {
        Problems problems = new Problems();
        References references = new References(problems);
        Optional<Fields> manifest = YamlFiles.read(files, "bundle.yaml", problems);
        if (manifest.isEmpty() && files.read("bundle.yaml").isEmpty()) {
            problems.add(new BundleProblem("bundle.yaml", 0, "", "missing: " + files.describe()
                    + " is not a content bundle"));
        }
        int format = manifest.map(m -> m.requiredInt("format", 1, 1000)).orElse(FORMAT);
        String name = manifest.map(m -> m.required("name")).orElse(null);
        manifest.ifPresent(m -> {
            if (m.has("format") && format != FORMAT) {
                m.problem("format", "this version of Evidenz reads format " + FORMAT + ", not " + format);
            }
            m.rejectUnknownFields();
        });

        var sources = new SourceReader(references, problems).read(files);
        List<BundlePicture> pictures = new PictureListReader(problems).read(files);
        List<Edition> editions = new ArrayList<>();
        for (String entry : files.list("")) {
            if (entry.equals("bundle.yaml") || entry.equals("sources.yaml") || entry.equals(PictureListReader.FILE)
                    || entry.equals(PictureListReader.FOLDER)) {
                continue;
            }
            Optional<Language> language = Language.fromCode(entry);
            if (language.isPresent() && language.get().code().equals(entry)) {
                editions.add(new EditionReader(language.get(), references, problems).read(files));
            } else {
                problems.add(new BundleProblem(entry, 0, "", "unknown entry; a bundle holds bundle.yaml, "
                        + "sources.yaml, images.yaml with images/, and one folder per language ("
                        + Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "))
                        + ")"));
            }
        }
        references.resolve();
        if (!problems.isEmpty()) {
            throw new InvalidBundleException(problems.list());
        }
        return new Bundle(format, name, sources, editions, pictures);
    }
}
