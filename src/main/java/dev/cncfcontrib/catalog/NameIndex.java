package dev.cncfcontrib.catalog;

import dev.cncfcontrib.text.EditDistance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves typed names to catalog entries: by id, name or alias, ignoring case and treating spaces, hyphens and
 * underscores alike ("cert manager" is cert-manager), also by a name without its parenthesised abbreviation
 * ("Open Policy Agent (OPA)" answers to "open policy agent" and "opa"), and by the name of a project's main
 * repository ("flux2", "argo-cd") where no other entry answers to it. When nothing matches, it suggests the
 * entries whose keys are closest by edit distance or share a prefix.
 */
public final class NameIndex<E extends Entry> {

    private static final int MAX_SUGGESTIONS = 3;

    private final Map<String, E> byKey = new LinkedHashMap<>();

    /** Repository names that say nothing about which project they belong to. */
    private static final Set<String> GENERIC_REPOSITORY_NAMES = Set.of("community", "website", "docs", "spec",
            "specification", "api", "project", "github", "org", "charts", "helm-charts", "www", "main", "core");

    public NameIndex(List<E> entries) {
        for (E entry : entries) {
            for (String key : keysOf(entry)) {
                byKey.putIfAbsent(key, entry);
            }
        }
        // a repository name is a key of last resort: never one that another entry answers to, nor one two share
        Map<String, E> byRepositoryName = new LinkedHashMap<>();
        Set<String> shared = new java.util.HashSet<>();
        for (E entry : entries) {
            String name = entry instanceof Project project ? repositoryName(project.repository()) : null;
            if (name != null && byRepositoryName.putIfAbsent(name, entry) != null && byRepositoryName.get(name) != entry) {
                shared.add(name);
            }
        }
        for (Map.Entry<String, E> candidate : byRepositoryName.entrySet()) {
            if (!shared.contains(candidate.getKey())) {
                byKey.putIfAbsent(candidate.getKey(), candidate.getValue());
            }
        }
    }

    /** "flux2" for https://github.com/fluxcd/flux2, normalised; null when there is none or it is generic. */
    static String repositoryName(String repository) {
        if (repository == null) {
            return null;
        }
        String path = repository.replaceFirst("^https?://[^/]+/?", "");
        String[] segments = path.split("/");
        if (segments.length < 2 || segments[1].isBlank()) {
            return null;
        }
        String name = normalize(segments[1].replaceFirst("\\.git$", ""));
        return name.isEmpty() || GENERIC_REPOSITORY_NAMES.contains(name.replace(' ', '-')) ? null : name;
    }

    /** Every key an entry answers to, normalised. */
    public static List<String> keysOf(Entry entry) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(normalize(entry.id()));
        addNameKeys(keys, entry.name());
        for (String alias : entry.aliases()) {
            addNameKeys(keys, alias);
        }
        keys.remove("");
        return new ArrayList<>(keys);
    }

    private static void addNameKeys(Set<String> keys, String name) {
        String normalized = normalize(name);
        keys.add(normalized);
        int open = normalized.lastIndexOf('(');
        if (open > 0 && normalized.endsWith(")")) {
            keys.add(normalized.substring(0, open).trim());
            keys.add(normalized.substring(open + 1, normalized.length() - 1).trim());
        }
    }

    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").trim();
    }

    public E resolve(String typed, String what) {
        E found = byKey.get(normalize(typed));
        if (found == null) {
            throw new NotFoundException(what, typed, suggest(typed));
        }
        return found;
    }

    /**
     * Ids of the entries closest to {@code typed}, best first: the fewest edits away, and among those the one that
     * shares the longest start with what was typed. Keys that start with what was typed, or that it starts with
     * (a name with a letter too many), are candidates at any distance, but rank by their distance too: for
     * "proj-9999x" proj-9999 comes first, not proj-9.
     */
    public List<String> suggest(String typed) {
        String wanted = normalize(typed);
        if (wanted.length() > 100) {
            return List.of(); // no name is that long, and edit distances over it cost its length times every key
        }
        int threshold = EditDistance.tolerance(wanted);
        record Score(int distance, int shared) implements Comparable<Score> {
            @Override
            public int compareTo(Score other) {
                return distance != other.distance ? Integer.compare(distance, other.distance) : Integer.compare(other.shared, shared);
            }
        }
        Map<String, Score> bestById = new LinkedHashMap<>();
        for (Map.Entry<String, E> candidate : byKey.entrySet()) {
            String key = candidate.getKey();
            boolean prefix = wanted.length() >= 3 && (key.startsWith(wanted) || wanted.startsWith(key) && key.length() >= 3);
            int distance = EditDistance.between(wanted, key);
            if (!prefix && distance > threshold) {
                continue;
            }
            Score score = new Score(distance, sharedStart(wanted, key));
            bestById.merge(candidate.getValue().id(), score, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        List<Map.Entry<String, Score>> ranked = new ArrayList<>(bestById.entrySet());
        ranked.sort(Map.Entry.comparingByValue());
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, Score> entry : ranked) {
            if (ids.size() == MAX_SUGGESTIONS) {
                break;
            }
            ids.add(entry.getKey());
        }
        return ids;
    }

    private static int sharedStart(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
