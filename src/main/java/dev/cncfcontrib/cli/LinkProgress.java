package dev.cncfcontrib.cli;

import dev.cncfcontrib.links.LinkCheck;
import dev.cncfcontrib.links.LinkCheck.Progress;
import dev.cncfcontrib.view.ProgressBar;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Shows a link check's progress on stderr: on a terminal one line redrawn in place (at most ten times a second);
 * otherwise a plain line every ten seconds, so that a log shows the check is alive without filling up.
 */
final class LinkProgress implements LinkCheck.Listener {

    private static final long REDRAW_NANOS = Duration.ofMillis(100).toNanos();
    private static final long PLAIN_LINE_NANOS = Duration.ofSeconds(10).toNanos();

    private final PrintWriter err;
    private final boolean terminal;
    private final int width;
    private long lastShown;
    private boolean drawn;

    LinkProgress(Io io) {
        this.err = io.err();
        this.terminal = io.terminal();
        this.width = io.width();
    }

    @Override
    public synchronized void progress(Progress progress) {
        long now = progress.elapsed().toNanos();
        boolean last = progress.left() == 0;
        if (terminal) {
            if (last || now - lastShown >= REDRAW_NANOS || !drawn) {
                // \r back to the start, ESC[K erases what a longer earlier line left behind
                err.print("\r" + ProgressBar.line(progress, Math.max(0, width - 1)) + "\u001b[K");
                err.flush();
                lastShown = now;
                drawn = true;
            }
        } else if (now - lastShown >= PLAIN_LINE_NANOS && !last) {
            err.println("links: " + progress.checked() + "/" + progress.total() + " checked, " + progress.failing()
                    + " failing, " + progress.left() + " left");
            err.flush();
            lastShown = now;
        }
    }

    /** Removes the bar before the report is printed. */
    synchronized void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }
}
