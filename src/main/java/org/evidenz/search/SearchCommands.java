package org.evidenz.search;

import java.io.PrintStream;

import org.evidenz.shared.Language;
import org.evidenz.shared.ProgressBar;
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
}
