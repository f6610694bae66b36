package org.evidenz.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.evidenz.accounts.User;
import org.evidenz.accounts.Users;
import org.evidenz.bundle.BundleProperties;
import org.evidenz.bundle.BundleReader;
import org.evidenz.bundle.ItemFormat;
import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.editorial.authoring.ItemEditor;
import org.evidenz.editorial.importing.ContentImport;
import org.evidenz.editorial.store.ContentStore;
import org.evidenz.shared.Language;
import org.evidenz.shell.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Test set-up for editorial tests: fresh demo content, and accounts with unique addresses and a known password. */
@TestConfiguration(proxyBeanMethods = false)
public class Editorial {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ContentImport importer;
    private final BundleReader reader;
    private final BundleProperties properties;
    private final Users users;
    private final PasswordEncoder encoder;
    private final ContentStore store;
    private final ItemEditor editor;

    Editorial(ContentImport importer, BundleReader reader, BundleProperties properties, Users users,
            PasswordEncoder encoder, ContentStore store, ItemEditor editor) {
        this.store = store;
        this.editor = editor;
        this.importer = importer;
        this.reader = reader;
        this.properties = properties;
        this.users = users;
        this.encoder = encoder;
    }

    /** Replaces all content, workflows and review records with the demo bundle, as on a fresh start. */
    public void resetContent() {
        importer.replaceAll(reader.readClasspath(properties.demoLocation()), "test-reset");
    }

    /** A new enabled account with these roles and {@link #PASSWORD}. */
    public User user(String name, Role... roles) {
        String email = name + "-" + SEQUENCE.incrementAndGet() + "@test.evidenz.example";
        return users.create(email, name, encoder.encode(PASSWORD), Set.of(roles), FixedClock.TODAY);
    }

    /** Saves a new summary of an article as {@code author} would in the editor; the save must be accepted. */
    public void editSummary(Language language, String articleId, String summary, User author) {
        ItemKey key = new ItemKey(ItemKind.ARTICLE, language, articleId);
        var stored = store.find(key).orElseThrow();
        Map<String, Object> fields = ItemFormat.map(store.item(key, stored.latestRevision()));
        fields.put("summary", summary);
        assertThat(editor.save(key, ItemFormat.text(ItemKind.ARTICLE, fields), stored.lockVersion(), author,
                "new summary").problems()).isEmpty();
    }
}
