package dev.cncfcontrib.live;

/**
 * A live service (CLOTributor, GitHub) gave no usable answer. The kind decides the exit code; the message is one
 * line for a person and never holds a token.
 */
public final class LiveException extends RuntimeException {

    /** Why there is no answer. */
    public enum Kind {
        /** No connection, a timeout, a body cut off, a server error. */
        NETWORK,
        /** The service says to slow down; {@link #retryAtMillis()} says when to try again, when it said. */
        RATE_LIMITED,
        /** The service refused the request (401, 403): a token is missing, wrong or lacks a permission. */
        REFUSED,
        /** Nothing there (404): no such pull request, or a private one. */
        NOT_FOUND,
        /** An answer larger than the cap, or not of the expected shape. */
        BAD_DATA,
        /** Asked to stay offline, and nothing is cached. */
        NOT_CACHED
    }

    private final Kind kind;
    private final long retryAtMillis;

    public LiveException(Kind kind, String message) {
        this(kind, message, 0, null);
    }

    public LiveException(Kind kind, String message, Throwable cause) {
        this(kind, message, 0, cause);
    }

    public LiveException(Kind kind, String message, long retryAtMillis, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAtMillis = retryAtMillis;
    }

    public Kind kind() {
        return kind;
    }

    /** When the service said to try again (epoch milliseconds), or 0 when it did not say. */
    public long retryAtMillis() {
        return retryAtMillis;
    }
}
