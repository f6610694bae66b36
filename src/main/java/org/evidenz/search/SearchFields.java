package org.evidenz.search;

import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** The fields a {@link SearchDocument} becomes in Lucene, how each is indexed and stored, and the way back. */
final class SearchFields {

    static final String ID = "id";
    static final String TYPE = "type";
    static final String TOPIC = "topic";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String KEYWORDS = "keywords";
    static final String BODY = "body";
    static final String SPELL = "spell";
    static final String CONTEXT = "context";

    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        // Offsets let the highlighter mark matches without analysing the text again.
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    private SearchFields() {
    }

    static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new StringField(TYPE, d.type().code(), Field.Store.YES));
        for (String topic : d.topicIds()) {
            doc.add(new StringField(TOPIC, topic, Field.Store.YES));
        }
        doc.add(new StoredField(URL, d.url()));
        doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
        doc.add(new TextField(KEYWORDS, d.keywords(), Field.Store.YES));
        doc.add(new Field(BODY, d.body(), BODY_TYPE));
        // "Did you mean" offers names: titles and the other names of things, not every word of running text.
        doc.add(new TextField(SPELL, d.title() + "\n" + d.keywords(), Field.Store.NO));
        if (d.context() != null) {
            doc.add(new StoredField(CONTEXT, d.context()));
        }
        doc.add(new SortedDocValuesField(TYPE, new BytesRef(d.type().code())));
        return doc;
    }

    /** A stored document read back, without its body (suggestions need only names and addresses). */
    static SearchDocument withoutBody(Document d) {
        return new SearchDocument(d.get(ID), type(d), d.get(URL), d.get(TITLE), d.get(KEYWORDS), "",
                List.of(d.getValues(TOPIC)), d.get(CONTEXT));
    }

    static SearchType type(Document d) {
        return SearchType.fromCode(d.get(TYPE)).orElseThrow();
    }
}
