package org.evidenz.editorial.references;

/** Reads a pasted or uploaded file in the format given, or the one it looks like. */
final class ReferenceReaders {

    private ReferenceReaders() {
    }

    static ReferenceReading read(ReferenceFormat format, String text) {
        return switch (format) {
            case RIS -> RisReader.read(text);
            case BIBTEX -> BibTexReader.read(text);
            case CSL_JSON -> CslJsonReader.read(text);
            case MEDLINE -> MedlineReader.read(text);
            case PUBMED_XML -> PubmedXmlReader.read(text);
        };
    }
}
