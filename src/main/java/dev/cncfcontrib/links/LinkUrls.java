package dev.cncfcontrib.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What makes a URL worth requesting: http or https with a host. Anything else is never requested. */
public final class LinkUrls {

    private LinkUrls() {
    }

    /** Why {@code url} cannot be checked, or null when it can. */
    public static String invalidReason(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "not a valid URL: " + e.getReason();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return scheme.isEmpty() ? "no scheme; only http and https are checked" : "scheme '" + scheme + "' is never requested; only http and https are checked";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "no host name";
        }
        return null;
    }

    /** The key the per-host limit counts by: the host name in lower case (ports of one host share it). */
    public static String host(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
