package dev.cncfcontrib.view;

import dev.cncfcontrib.links.LinkCheck.Progress;
import java.time.Duration;
import java.util.Locale;

/** One line of progress for a long check: a bar, the counts and the time left at the pace so far. */
public final class ProgressBar {

    private ProgressBar() {
    }

    /** The line without a line ending, at most {@code width} columns (0: no limit). */
    public static String line(Progress p, int width) {
        String counts = p.checked() + "/" + p.total() + " checked · " + p.failing() + " failing · " + p.left() + " left"
                + (p.estimate() == null || p.left() == 0 ? "" : " · about " + duration(p.estimate()) + " to go");
        int barWidth = (width == 0 ? 80 : width) - counts.length() - 4;
        if (barWidth < 10) {
            return width == 0 || counts.length() <= width ? counts : counts.substring(0, width);
        }
        barWidth = Math.min(barWidth, 40);
        int filled = p.total() == 0 ? barWidth : (int) ((long) barWidth * p.checked() / p.total());
        return "[" + "#".repeat(filled) + "-".repeat(barWidth - filled) + "] " + counts;
    }

    /** "850 ms", "12.3 s", "2 min 5 s". */
    public static String duration(Duration d) {
        long millis = d.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = Math.round(millis / 1000.0);
        return seconds / 60 + " min " + seconds % 60 + " s";
    }
}
