package dev.cncfcontrib.links;

import dev.cncfcontrib.catalog.Identified;

/** What checking one link found. Every status but {@link #OK} and {@link #MOVED} means the link is broken. */
public enum LinkStatus implements Identified {
    OK("ok"),
    MOVED("moved permanently"),
    CLIENT_ERROR("client error"),
    SERVER_ERROR("server error"),
    REDIRECT_LOOP("redirect loop"),
    TIMEOUT("timeout"),
    DNS_FAILURE("DNS failure"),
    TLS_FAILURE("TLS failure"),
    CONNECTION_FAILURE("connection failure"),
    INVALID_URL("invalid URL");

    private final String label;

    LinkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A newcomer following the link does not reach the page. */
    public boolean broken() {
        return this != OK && this != MOVED;
    }

    /** The failure says nothing about the link, only that this machine reached no server at all. */
    public boolean unreachable() {
        return this == DNS_FAILURE || this == CONNECTION_FAILURE;
    }
}
