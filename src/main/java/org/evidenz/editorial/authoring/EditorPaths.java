package org.evidenz.editorial.authoring;

import org.evidenz.bundle.ItemKey;
import org.evidenz.bundle.ItemKind;
import org.evidenz.shared.Language;

/**
 * Addresses of editor screens and what they name. Sources are shared between languages; their language segment is
 * {@value #SHARED}.
 */
public final class EditorPaths {

    public static final String SHARED = "shared";

    private EditorPaths() {
    }

    public static String path(ItemKey key) {
        return "/editor/items/" + key.kind().plural() + "/" + (key.language() == null ? SHARED
                : key.language().code()) + "/" + key.id();
    }

    public static ItemKey key(String kindName, String lang, String id) {
        ItemKind kind = kind(kindName);
        Language language;
        if (kind.perLanguage()) {
            language = language(lang);
        } else if (SHARED.equals(lang)) {
            language = null;
        } else {
            throw new NoSuchItemException("Sources are shared between languages; their address has '" + SHARED
                    + "' where other items have a language.");
        }
        return new ItemKey(kind, language, id);
    }

    public static ItemKind kind(String name) {
        return ItemKind.fromPlural(name).orElseThrow(() -> new NoSuchItemException("There is no kind of item '"
                + name + "'."));
    }

    public static Language language(String code) {
        try {
            return Language.of(code);
        } catch (IllegalArgumentException e) {
            throw new NoSuchItemException("There is no language '" + code + "'.");
        }
    }

    public static String singular(ItemKind kind) {
        return switch (kind) {
            case SOURCE -> "Source";
            case CONDITION -> "Condition";
            case TREATMENT -> "Treatment";
            case COVERAGE -> "Coverage rule";
            case FINDING -> "Finding";
            case GUIDELINE -> "Guideline";
            case TERM -> "Glossary term";
            case TOPIC -> "Topic";
            case ARTICLE -> "Article";
            case PAGE -> "Page about the site";
        };
    }

    public static String title(ItemKind kind) {
        return switch (kind) {
            case SOURCE -> "Sources";
            case CONDITION -> "Conditions";
            case TREATMENT -> "Treatments";
            case COVERAGE -> "Coverage rules";
            case FINDING -> "Findings";
            case GUIDELINE -> "Guidelines and recommendations";
            case TERM -> "Glossary";
            case TOPIC -> "Topics";
            case ARTICLE -> "Articles";
            case PAGE -> "Pages about the site";
        };
    }
}
