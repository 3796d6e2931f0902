package dev.cncfcontrib.links;

/**
 * One URL as it stands in the catalog: the entry that holds it, what it is for and the field it fills.
 *
 * @param entryId the project or group id
 * @param group   true for a community group, false for a project
 * @param field   a short human name of the field, such as "contributor guide" or "chat #kubernetes-users"
 */
public record CatalogLink(String entryId, boolean group, LinkKind kind, String field, String url) {
}
