package dev.cncfcontrib.net;

/** A response body larger than the caller accepts; the download stops as soon as the limit is passed. */
public final class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}
