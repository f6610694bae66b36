package org.evidenz.editorial.references;

import java.util.List;

import org.evidenz.source.Source;

/**
 * One entry of an imported file, read into the fields of a source. The source has no id yet (the import gives it
 * one) and a year of 0 when the entry has none.
 *
 * @param entry the entry's number in the file, from 1
 * @param label how the file names the entry (a BibTeX key), or null
 * @param mended what was added or changed that the exporter left out or put elsewhere, for the editor to check
 */
public record ReadReference(int entry, String label, Source source, List<String> mended) {

    public ReadReference {
        mended = List.copyOf(mended);
    }
}
