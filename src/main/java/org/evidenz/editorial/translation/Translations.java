package org.evidenz.editorial.translation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.evidenz.article.ArticleTranslations;
import org.evidenz.article.TranslationFacts;
import org.evidenz.article.TranslationFacts.Notice;
import org.evidenz.article.TranslationFacts.Subject;
import org.evidenz.audit.AuditLog;
import org.evidenz.bundle.Item;
import org.evidenz.bundle.ItemKey;
import org.evidenz.editorial.EditorialAction;
import org.evidenz.editorial.EditorialProperties;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.editorial.store.Scope;
import org.evidenz.editorial.store.StoredItem;
import org.evidenz.shared.ContentChanged;
import org.evidenz.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translations as linked versions. Each item is written first in the original language; the same id in another
 * language is its translation, and each translation records which revision of the original it translates. A
 * translation is outdated once the original has a newer revision with changed content (a publication that only
 * sets dates does not count). Readers of a translated article are told when anything in its scope is outdated.
 */
@Service
public class Translations {

    private final ContentStore store;
    private final TranslationLinks links;
    private final ArticleTranslations readerFacts;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Language originalLanguage;

    Translations(ContentStore store, TranslationLinks links, ArticleTranslations readerFacts, JdbcClient jdbc,
            AuditLog audit, ApplicationEventPublisher events, Clock clock, EditorialProperties properties) {
        this.store = store;
        this.links = links;
        this.readerFacts = readerFacts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.originalLanguage = properties.translations().original();
    }

    public Language originalLanguage() {
        return originalLanguage;
    }

    /** Every item of the original language against each other language, originals in their creation order. */
    public List<ItemTranslation> overview() {
        Map<ItemKey, StoredItem> stored = new HashMap<>();
        List<StoredItem> originals = new ArrayList<>();
        for (StoredItem item : store.all()) {
            stored.put(item.key(), item);
            if (originalLanguage.equals(item.key().language())) {
                originals.add(item);
            }
        }
        Map<ItemKey, List<TranslationLinks.Link>> allLinks = links.all();
        ContentRevisions revisions = new ContentRevisions(jdbc, originalLanguage);
        List<ItemTranslation> statuses = new ArrayList<>();
        for (StoredItem original : originals) {
            int reference = reference(original);
            for (Language language : Language.values()) {
                if (language == originalLanguage) {
                    continue;
                }
                ItemKey key = new ItemKey(original.key().kind(), language, original.key().id());
                StoredItem translation = stored.get(key);
                if (translation == null) {
                    statuses.add(new ItemTranslation(original.key(), reference, language, null, null,
                            TranslationState.MISSING, TranslationState.MISSING));
                    continue;
                }
                List<TranslationLinks.Link> itsLinks = allLinks.get(key);
                TranslationLinks.Link latestLink = TranslationLinks.holdingFor(itsLinks, translation.latestRevision())
                        .orElse(null);
                TranslationState published = translation.publishedRevision() == null ? null
                        : state(TranslationLinks.holdingFor(itsLinks, translation.publishedRevision()),
                                original.key(), reference, revisions);
                statuses.add(new ItemTranslation(original.key(), reference, language, translation, latestLink,
                        state(Optional.ofNullable(latestLink), original.key(), reference, revisions), published));
            }
        }
        return statuses;
    }

    /**
     * Records that the latest revision of {@code translation} translates the original as it stands (its published
     * revision, or its latest when never published), and tells readers at once if that settles a note.
     */
    @Transactional
    public ItemTranslation markCurrent(ItemKey translation, String actor) {
        if (translation.language() == null || translation.language() == originalLanguage) {
            throw new IllegalArgumentException("Only a translation can be linked to an original; "
                    + translation + " is in the original language.");
        }
        StoredItem stored = store.find(translation).orElseThrow(() -> new IllegalArgumentException(
                "There is no " + translation + " to link."));
        ItemKey originalKey = new ItemKey(translation.kind(), originalLanguage, translation.id());
        StoredItem original = store.find(originalKey).orElseThrow(() -> new IllegalArgumentException(
                "There is no " + originalLanguage.locale().getDisplayLanguage(java.util.Locale.ENGLISH)
                        + " original of " + translation + " to link it to."));
        int reference = reference(original);
        links.record(translation, stored.latestRevision(), originalLanguage, reference, clock.instant(), actor);
        audit.record(actor, EditorialAction.TRANSLATION_LINKED, translation + " revision " + stored.latestRevision()
                + " translates " + originalKey + " revision " + reference);
        refreshReaderFacts();
        return overview().stream().filter(s -> s.translationKey().equals(translation)).findFirst().orElseThrow();
    }

    /**
     * Links every translation that has no link yet to the original as it stands: for imported content, whose
     * editions were written to match.
     */
    @Transactional
    public void linkUnlinked(String actor) {
        Map<ItemKey, List<TranslationLinks.Link>> allLinks = links.all();
        for (StoredItem item : store.all()) {
            ItemKey key = item.key();
            if (key.language() == null || key.language() == originalLanguage || allLinks.containsKey(key)) {
                continue;
            }
            store.find(new ItemKey(key.kind(), originalLanguage, key.id())).ifPresent(original -> links.record(key,
                    item.latestRevision(), originalLanguage, reference(original), clock.instant(), actor));
        }
        refreshReaderFacts();
    }

    /**
     * Rewrites what readers are told about translated pages from the published revisions: an article is outdated
     * for readers when its published revision or any published item in its scope is outdated; a treatment page when
     * the treatment or a finding, coverage rule or guideline about it is. Call in the transaction of every
     * publication; announces a change so cached pages are replaced.
     */
    @Transactional
    public void refreshReaderFacts() {
        Map<ItemKey, TranslationState> publishedStates = new HashMap<>();
        overview().forEach(s -> publishedStates.put(s.translationKey(), s.published()));
        List<Item> published = store.publishedItems();
        List<Notice> notices = new ArrayList<>();
        Set<Language> touched = EnumSet.noneOf(Language.class);
        for (Item item : published) {
            Language language = item.language();
            if (language == null || language == originalLanguage
                    || store.find(new ItemKey(item.kind(), originalLanguage, item.id())).isEmpty()) {
                continue;
            }
            Set<ItemKey> pageScope = switch (item) {
                case Item.ArticleItem article -> Scope.of(article.article(), published);
                case Item.TreatmentItem treatment -> treatmentScope(treatment, published);
                default -> null;
            };
            if (pageScope == null) {
                continue;
            }
            boolean outdated = pageScope.stream()
                    .anyMatch(key -> publishedStates.get(key) == TranslationState.OUTDATED);
            notices.add(new Notice(item instanceof Item.ArticleItem ? Subject.ARTICLE : Subject.TREATMENT, language,
                    item.id(), new TranslationFacts(originalLanguage, outdated)));
            touched.add(language);
        }
        if (readerFacts.replaceAll(notices)) {
            events.publishEvent(new ContentChanged(touched.isEmpty() ? EnumSet.allOf(Language.class) : touched));
        }
    }

    /** What a treatment page shows: the treatment with its harms, and the findings, coverage and guidelines on it. */
    private static Set<ItemKey> treatmentScope(Item.TreatmentItem treatment, List<Item> published) {
        String id = treatment.id();
        Set<ItemKey> keys = new HashSet<>();
        for (Item item : published) {
            if (item.language() != treatment.language()) {
                continue;
            }
            boolean shown = switch (item) {
                case Item.TreatmentItem t -> t.id().equals(id);
                case Item.FindingItem f -> id.equals(f.finding().treatmentId());
                case Item.CoverageItem c -> c.coverage().treatmentIds().contains(id);
                case Item.GuidelineItem g -> g.guideline().recommendations().stream()
                        .anyMatch(r -> r.treatmentIds().contains(id));
                default -> false;
            };
            if (shown) {
                keys.add(ItemKey.of(item));
            }
        }
        return keys;
    }

    @Transactional
    public void deleteAll() {
        links.deleteAll();
    }

    private static int reference(StoredItem original) {
        return original.publishedRevision() != null ? original.publishedRevision() : original.latestRevision();
    }

    private static TranslationState state(Optional<TranslationLinks.Link> link, ItemKey original, int reference,
            ContentRevisions revisions) {
        if (link.isEmpty()) {
            return TranslationState.NOT_LINKED;
        }
        return revisions.changedBetween(original, link.get().originalRevision(), reference)
                ? TranslationState.OUTDATED : TranslationState.CURRENT;
    }
}
