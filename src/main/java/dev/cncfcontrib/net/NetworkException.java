package dev.cncfcontrib.net;

/** A download that failed: no connection, a timeout, an HTTP error status, a body cut off, a refused redirect. */
public final class NetworkException extends RuntimeException {

    public NetworkException(String message) {
        super(message);
    }

    public NetworkException(String message, Throwable cause) {
        super(message, cause);
    }
}
