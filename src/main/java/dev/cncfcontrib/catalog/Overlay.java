package dev.cncfcontrib.catalog;

import java.util.Map;
import java.util.Set;

/**
 * The hand-verified part of the catalog, kept apart from what is imported from the CNCF landscape: partial
 * project entries whose fields win over the imported ones, the community groups, and the importer's inputs.
 *
 * @param entries       the overlay's projects (partial) and groups (complete), with its own asOf
 * @param landscapeUrl  permalink of the landscape file the overlay was reviewed against; cited as the source
 *                      of imported facts, or null when the caller names the source
 * @param landscapeDate date of that landscape commit
 * @param charterSource where the CNCF charter's DCO default is stated, cited for unverified legal requirements
 * @param statedFields  for each overlay project id, the fields its entry states: those win, even when empty
 */
public record Overlay(Catalog entries, String landscapeUrl, String landscapeDate, Source charterSource,
                      Map<String, Set<String>> statedFields) {
}
