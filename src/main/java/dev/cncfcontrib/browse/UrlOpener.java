package dev.cncfcontrib.browse;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Opens a web link in the person's browser, or says that it cannot so the caller prints the link instead. */
public interface UrlOpener {

    /** True when the browser was started; false when there is no browser to start (no display). */
    boolean open(String url) throws IOException;

    /** Only web links: a catalog could otherwise make us run {@code file:} or custom-scheme handlers. */
    static boolean isWebLink(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The command that would open {@code url}, or an empty list when there is no browser: {@code $BROWSER} (its
     * first entry), else {@code open} on macOS, else {@code xdg-open} when a display is set. The URL is always one
     * argument of its own: no shell ever sees it.
     */
    static List<String> command(Map<String, String> env, String osName, String url) {
        List<String> command = new ArrayList<>();
        String browser = env.get("BROWSER");
        if (browser != null && !browser.isBlank()) {
            // $BROWSER may be a colon-separated list of browsers to try; the first is the person's choice
            String first = browser.split(":")[0].trim();
            if (!first.isEmpty()) {
                command.add(first);
                command.add(url);
                return command;
            }
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            command.add("open");
        } else if (os.startsWith("windows")) {
            command.add("rundll32");
            command.add("url.dll,FileProtocolHandler");
        } else if (notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"))) {
            command.add("xdg-open");
        } else {
            return command;
        }
        command.add(url);
        return command;
    }

    /** Runs the browser command as a process of its own and waits for it, as gh does. */
    static UrlOpener system(Map<String, String> env, String osName) {
        return url -> {
            if (!isWebLink(url)) {
                throw new IllegalArgumentException("not an http or https link: " + url);
            }
            List<String> command = command(env, osName, url);
            if (command.isEmpty()) {
                return false;
            }
            Process process = new ProcessBuilder(command)
                    .inheritIO() // a text-mode $BROWSER (lynx, w3m) needs the terminal
                    .start();
            try {
                int exit = process.waitFor();
                if (exit != 0) {
                    throw new IOException(command.get(0) + " exited with " + exit);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        };
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
