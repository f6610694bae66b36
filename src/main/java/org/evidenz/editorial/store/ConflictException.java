package org.evidenz.editorial.store;

/** Someone else saved the item after the editor opened it; nothing was written. */
public class ConflictException extends RuntimeException {

    private final StoredItem current;

    public ConflictException(StoredItem current) {
        super("The item " + current.key() + " was saved by someone else meanwhile (now at revision "
                + current.latestRevision() + ")");
        this.current = current;
    }

    public StoredItem current() {
        return current;
    }
}
