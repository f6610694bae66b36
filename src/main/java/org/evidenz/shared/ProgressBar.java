package org.evidenz.shared;

import java.io.PrintStream;

/**
 * A one-line text progress bar for command-line runs: {@code Search index en [#########-----------]  45% 450/1000}.
 * Redrawn in place (carriage return) only when the percentage changes.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final int total;
    private int shownPercent = -1;

    public ProgressBar(PrintStream out, String label, int total) {
        this.out = out;
        this.label = label;
        this.total = total;
    }

    public void update(int done) {
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        if (percent != shownPercent) {
            shownPercent = percent;
            int filled = percent * WIDTH / 100;
            out.printf("\r%s [%s%s] %3d%% %d/%d", label, "#".repeat(filled), "-".repeat(WIDTH - filled),
                    percent, done, total);
            out.flush();
        }
    }

    public void done() {
        update(total);
        out.println();
    }
}
