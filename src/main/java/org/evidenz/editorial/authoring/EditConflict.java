package org.evidenz.editorial.authoring;

import java.util.List;

import org.evidenz.editorial.store.Revision;

/**
 * What someone else saved since the editor loaded the form: their revision and its changes to the form's base, or,
 * when an import replaced the content ({@code replaced}), how the imported text differs from the editor's.
 */
public record EditConflict(Revision theirs, int baseRevision, List<FieldDiff.Row> changes, boolean replaced) {
}
