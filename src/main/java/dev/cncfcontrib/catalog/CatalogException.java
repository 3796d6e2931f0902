package dev.cncfcontrib.catalog;

/**
 * A catalog that cannot be used: unreadable, malformed JSON, or a field of the wrong type. The message names the
 * file and, where known, the line and column, the way compilers do ({@code file:line:column: problem}).
 */
public final class CatalogException extends RuntimeException {

    public CatalogException(String origin, int line, int column, String problem) {
        super(origin + (line > 0 ? ":" + line + ":" + column : "") + ": " + problem);
    }

    public CatalogException(String origin, String problem, Throwable cause) {
        super(origin + ": " + problem, cause);
    }
}
