package org.evidenz.condition;

import java.util.List;

import org.evidenz.shared.Language;

/**
 * A health condition as readers and coders know it: its medical name, the names people use for it, and its
 * diagnosis codes.
 */
public record Condition(
        Language language,
        String id,
        String slug,
        String name,
        List<String> layNames,
        String description,
        List<ConditionCode> codes) {

    public Condition {
        layNames = List.copyOf(layNames);
        codes = List.copyOf(codes);
    }
}
