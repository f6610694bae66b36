package org.evidenz.editorial.references;

import org.evidenz.shell.EditorRefusal;
import org.springframework.http.HttpStatus;

/** An import that creates nothing: the file, or the choice, is not what can be created. Nothing was written. */
class ImportRefused extends EditorRefusal {

    private final transient ImportPreview preview;

    ImportRefused(String message, ImportPreview preview) {
        super(message, HttpStatus.UNPROCESSABLE_CONTENT);
        this.preview = preview;
    }

    ImportPreview preview() {
        return preview;
    }
}
