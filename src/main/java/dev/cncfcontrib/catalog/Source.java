package dev.cncfcontrib.catalog;

/** Where a fact was read: a URL (a permalink where possible), the date of that page or commit, and a caveat. */
public record Source(String url, String date, String note) {
}
