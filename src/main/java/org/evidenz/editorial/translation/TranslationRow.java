package org.evidenz.editorial.translation;


/** One line of the translation overview: an item, its original's editor page and its translation's. */
public record TranslationRow(ItemTranslation status, String label, String kind, String originalPath,
        String translationPath, String changesPath) {

    public TranslationState state() {
        return status.latest();
    }

    /** Readers see an older state than editors when the translation's latest revision is not published yet. */
    public boolean publishedDiffers() {
        return status.published() != null && status.published() != status.latest();
    }
}
