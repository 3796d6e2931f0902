package dev.cncfcontrib.git;

import java.net.URI;
import java.util.Locale;

/** A remote's URL reduced to {@code host/owner/repo}, so that https, ssh and scp-like spellings compare equal. */
public final class RemoteUrl {

    private RemoteUrl() {
    }

    /** {@code host/owner/repo} in lower case, from https, ssh and scp-like git URLs; "" for null. */
    public static String normalise(String url) {
        if (url == null) {
            return "";
        }
        String text = url.strip();
        String hostAndPath;
        if (text.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
            try {
                URI uri = URI.create(text);
                hostAndPath = (uri.getHost() == null ? "" : uri.getHost()) + (uri.getPath() == null ? "" : uri.getPath());
            } catch (IllegalArgumentException e) {
                hostAndPath = text;
            }
        } else if (text.matches("^[^/]*:.*")) {
            int colon = text.indexOf(':');
            String host = text.substring(0, colon);
            hostAndPath = host.substring(host.indexOf('@') + 1) + "/" + text.substring(colon + 1);
        } else {
            hostAndPath = text;
        }
        hostAndPath = hostAndPath.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (hostAndPath.endsWith(".git")) {
            hostAndPath = hostAndPath.substring(0, hostAndPath.length() - 4);
        }
        return hostAndPath.replaceAll("/+", "/");
    }

    /** The repository's own name, the last segment of a normalised URL ("kubernetes" of github.com/jdoe/kubernetes). */
    public static String repositoryName(String normalised) {
        int slash = normalised.lastIndexOf('/');
        return slash < 0 ? "" : normalised.substring(slash + 1);
    }

    /** The owner segment of a normalised URL ("jdoe" of github.com/jdoe/kubernetes), "" when there is none. */
    public static String owner(String normalised) {
        String[] parts = normalised.split("/");
        return parts.length >= 3 ? parts[parts.length - 2] : "";
    }
}
