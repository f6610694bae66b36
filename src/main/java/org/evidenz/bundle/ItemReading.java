package org.evidenz.bundle;

import java.util.List;

/** The result of reading one item: the item when it is valid, else null and every problem found. */
public record ItemReading(Item item, List<BundleProblem> problems) {

    public ItemReading {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return item != null;
    }
}
