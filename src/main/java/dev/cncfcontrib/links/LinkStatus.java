package dev.cncfcontrib.links;

import dev.cncfcontrib.catalog.Identified;

/** What checking one link found. Every status but {@link #OK} and {@link #MOVED} means the link is broken. */
public enum LinkStatus implements Identified {
    OK("ok", "ok"),
    MOVED("moved", "moved permanently"),
    CLIENT_ERROR("client-error", "client error"),
    SERVER_ERROR("server-error", "server error"),
    REDIRECT_LOOP("redirect-loop", "redirect loop"),
    TIMEOUT("timeout", "timeout"),
    DNS_FAILURE("dns-failure", "DNS failure"),
    TLS_FAILURE("tls-failure", "TLS failure"),
    CONNECTION_FAILURE("connection-failure", "connection failure"),
    INVALID_URL("invalid-url", "invalid URL");

    private final String id;
    private final String label;

    LinkStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
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
