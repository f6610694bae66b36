package org.evidenz.editorial.authoring;

import java.util.List;

import org.evidenz.editorial.store.Revision;

/** What someone else saved since the editor loaded the form: their revision and its changes to the form's base. */
public record EditConflict(Revision theirs, int baseRevision, List<FieldDiff.Row> changes) {
}
