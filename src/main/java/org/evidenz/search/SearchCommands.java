package org.evidenz.search;

import java.io.PrintStream;

import org.evidenz.shared.Language;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --rebuild-search-index}: rebuilds every language's index from the database with a progress bar, then
 * exits. For an operator after restoring a backup or changing the synonym lists.
 */
@Component
@Order(4)
class SearchCommands implements ApplicationRunner {

    private final SearchIndexes indexes;
    private final ConfigurableApplicationContext context;

    SearchCommands(SearchIndexes indexes, ConfigurableApplicationContext context) {
        this.indexes = indexes;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("rebuild-search-index")) {
            return;
        }
        rebuildAll(System.out);
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    void rebuildAll(PrintStream out) {
        for (Language language : Language.values()) {
            int total = indexes.documentCount(language);
            ProgressBar bar = new ProgressBar(out, "Search index " + language, total);
            indexes.rebuild(language, bar::update);
            bar.done();
        }
    }

    /** A one-line text progress bar: {@code Search index en [#########-----------]  45% 450/1000}. */
    static final class ProgressBar {

        private static final int WIDTH = 30;

        private final PrintStream out;
        private final String label;
        private final int total;
        private int shownPercent = -1;

        ProgressBar(PrintStream out, String label, int total) {
            this.out = out;
            this.label = label;
            this.total = total;
        }

        void update(int done) {
            int percent = total == 0 ? 100 : (int) (100L * done / total);
            if (percent != shownPercent) {
                shownPercent = percent;
                int filled = percent * WIDTH / 100;
                out.printf("\r%s [%s%s] %3d%% %d/%d", label, "#".repeat(filled), "-".repeat(WIDTH - filled),
                        percent, done, total);
                out.flush();
            }
        }

        void done() {
            update(total);
            out.println();
        }
    }
}
