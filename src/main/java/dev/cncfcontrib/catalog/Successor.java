package dev.cncfcontrib.catalog;

/** Where an archived project or group went. {@code id} is set when the successor is in the catalog. */
public record Successor(String id, String name, String url, String note) {
}
