package org.evidenz.editorial.references;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;

/**
 * CSL-JSON (a list of items, or one item) with citeproc-java's own parser and item data. Mended: the PubMed id from
 * Zotero's note ("PMID: …") when the item has no {@code PMID}.
 */
final class CslJsonReader {

    private CslJsonReader() {
    }

    @SuppressWarnings("unchecked")
    static ReferenceReading read(String text) {
        List<ReadReference> references = new ArrayList<>();
        List<EntryProblem> unreadable = new ArrayList<>();
        List<Object> items;
        try {
            JsonParser parser = new JsonParser(new JsonLexer(new StringReader(text.strip())));
            items = text.strip().startsWith("{") ? List.of(parser.parseObject()) : parser.parseArray();
        } catch (IOException | RuntimeException e) {
            return new ReferenceReading(ReferenceFormat.CSL_JSON, List.of(), List.of(EntryProblem.file(
                    "it is not valid JSON: a bracket, brace, comma or quotation mark is missing or one too many")));
        }
        int number = 0;
        for (Object item : items) {
            number++;
            if (!(item instanceof Map<?, ?> map)) {
                unreadable.add(new EntryProblem(number, "", "it is not a CSL item (an object with type, title, "
                        + "author …)"));
                continue;
            }
            try {
                CSLItemData data = CSLItemData.fromJson((Map<String, Object>) map);
                references.add(CslItems.fields(data).read(number, null));
            } catch (RuntimeException e) {
                unreadable.add(new EntryProblem(number, "", "it could not be read as a CSL item: a field has a "
                        + "value of the wrong kind (" + RisReader.reason(e) + ")"));
            }
        }
        if (number == 0) {
            unreadable.add(EntryProblem.file("the list of items is empty"));
        }
        return new ReferenceReading(ReferenceFormat.CSL_JSON, references, unreadable);
    }
}
