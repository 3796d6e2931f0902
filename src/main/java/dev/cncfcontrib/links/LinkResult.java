package dev.cncfcontrib.links;

/**
 * The verdict on one URL.
 *
 * @param httpStatus the last HTTP status received, or 0 when none was
 * @param finalUrl   for {@link LinkStatus#MOVED}, the address the catalog should use instead; otherwise where
 *                   redirects ended, or null when there were none
 * @param detail     one line for people: the reason phrase, the exception message; may be null
 */
public record LinkResult(String url, LinkStatus status, int httpStatus, String finalUrl, String detail) {

    public static LinkResult of(String url, LinkStatus status, String detail) {
        return new LinkResult(url, status, 0, null, detail);
    }

    public boolean broken() {
        return status.broken();
    }
}
