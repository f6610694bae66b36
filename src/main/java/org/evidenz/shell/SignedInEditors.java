package org.evidenz.shell;

import java.util.Optional;

/** Who is signed in to the editor now. The accounts module answers; the shell only asks. */
public interface SignedInEditors {

    /** The editor signed in for this request, if any whose account is still enabled. */
    Optional<SignedIn> current();
}
