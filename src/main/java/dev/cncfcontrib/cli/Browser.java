package dev.cncfcontrib.cli;

import dev.cncfcontrib.browse.UrlOpener;
import dev.cncfcontrib.text.TerminalText;
import java.io.IOException;

/** Opens a link in the person's browser, for {@code open} and {@code issues --open}. */
final class Browser {

    private Browser() {
    }

    /**
     * Opens {@code url} and says so on stderr. Returns false when no browser could be started (with the reason on
     * stderr when there is one): the caller then prints the link for the person to open. Only http and https links
     * are opened; any other is a data error.
     */
    static boolean open(Context context, String url) {
        if (!UrlOpener.isWebLink(url)) {
            throw new CommandFailure(ExitCodes.DATA_ERROR, "not opening " + url + ": only http and https links are opened");
        }
        try {
            if (context.urlOpener().open(url)) {
                context.io().err().println("Opened " + TerminalText.line(url) + " in your browser.");
                return true;
            }
        } catch (IOException e) {
            context.io().err().println("Could not start the browser (" + TerminalText.line(e.getMessage()) + "); the link is:");
        }
        return false;
    }
}
