package org.evidenz.bundle;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.evidenz.shared.ContentChanged;
import org.evidenz.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a validated bundle into the database in one transaction: all of it or, if anything fails, none of it.
 */
@Service
public class BundleImporter {

    private final ContentRepositories content;
    private final ApplicationEventPublisher events;

    BundleImporter(ContentRepositories content, ApplicationEventPublisher events) {
        this.content = content;
        this.events = events;
    }

    /** True when no content has been loaded yet. */
    public boolean isDatabaseEmpty() {
        return content.sources().isEmpty()
                && Arrays.stream(Language.values()).allMatch(l -> content.topics().findAll(l).isEmpty());
    }

    /** Replaces all content with the bundle's. */
    @Transactional
    public void replaceAll(Bundle bundle) {
        deleteAll();
        bundle.sources().forEach(content.sources()::insert);
        Set<Language> languages = new HashSet<>();
        for (Edition edition : bundle.editions()) {
            insert(edition);
            languages.add(edition.language());
        }
        events.publishEvent(new ContentChanged(languages.isEmpty() ? Set.of(Language.values()) : languages));
    }

    /** In the order foreign keys allow: what refers to something goes before what it refers to. */
    private void deleteAll() {
        content.articles().deleteAll();
        content.topics().deleteAll();
        content.guidelines().deleteAll();
        content.findings().deleteAll();
        content.coverageRules().deleteAll();
        content.harms().deleteAll();
        content.treatments().deleteAll();
        content.glossary().deleteAll();
        content.conditions().deleteAll();
        content.sources().deleteAll();
    }

    private void insert(Edition edition) {
        edition.conditions().forEach(content.conditions()::insert);
        insertInOrder(edition.treatments(), content.treatments()::insert);
        insertInOrder(edition.harms(), content.harms()::insert);
        insertInOrder(edition.coverage(), content.coverageRules()::insert);
        insertInOrder(edition.findings(), content.findings()::insert);
        insertInOrder(edition.guidelines(), content.guidelines()::insert);
        edition.glossary().forEach(content.glossary()::insert);
        insertInOrder(edition.topics(), content.topics()::insert);
        insertInOrder(edition.articles(), content.articles()::insert);
    }

    private static <T> void insertInOrder(List<T> items, java.util.function.ObjIntConsumer<T> insert) {
        for (int i = 0; i < items.size(); i++) {
            insert.accept(items.get(i), i);
        }
    }
}
