package dev.cncfcontrib.links;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

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

    /** The verdict's fields as JSON (status, HTTP status, final URL, detail), for the cache and for reports. */
    public void writeVerdict(JsonGenerator json) throws IOException {
        json.writeStringField("status", status().id());
        if (httpStatus() != 0) {
            json.writeNumberField("httpStatus", httpStatus());
        }
        if (finalUrl() != null) {
            json.writeStringField("finalUrl", finalUrl());
        }
        if (detail() != null) {
            json.writeStringField("detail", detail());
        }
    }
}
