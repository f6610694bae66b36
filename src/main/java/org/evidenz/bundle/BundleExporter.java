package org.evidenz.bundle;

import java.util.ArrayList;
import java.util.List;

import org.evidenz.shared.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads all content, in every state, back into a {@link Bundle}: the inverse of {@link BundleImporter}. */
@Service
public class BundleExporter {

    private final ContentRepositories content;

    BundleExporter(ContentRepositories content) {
        this.content = content;
    }

    /** A consistent snapshot: read in one transaction. Languages without any content are left out. */
    @Transactional(readOnly = true)
    public Bundle export(String name) {
        List<Edition> editions = new ArrayList<>();
        for (Language language : Language.values()) {
            Edition edition = new Edition(language, content.conditions().findAll(language),
                    content.treatments().findAll(language), content.harms().findAll(language),
                    content.coverageRules().findAll(language), content.findings().findAll(language),
                    content.guidelines().findAll(language), content.glossary().findAll(language),
                    content.topics().findAll(language), content.articles().findAll(language));
            if (!isEmpty(edition)) {
                editions.add(edition);
            }
        }
        return new Bundle(BundleReader.FORMAT, name, content.sources().findAll(), editions);
    }

    private static boolean isEmpty(Edition e) {
        return e.conditions().isEmpty() && e.treatments().isEmpty() && e.findings().isEmpty()
                && e.guidelines().isEmpty() && e.glossary().isEmpty() && e.topics().isEmpty()
                && e.articles().isEmpty();
    }
}
