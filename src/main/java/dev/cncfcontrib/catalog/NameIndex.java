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
 * Resolves typed names to catalog entries: by id, name or alias, ignoring case, and also by a name without
 * its parenthesised abbreviation ("Open Policy Agent (OPA)" answers to "open policy agent" and "opa").
 * When nothing matches, it suggests the entries whose keys are closest by edit distance or share a prefix.
 */
public final class NameIndex<E extends Entry> {

    private static final int MAX_SUGGESTIONS = 3;

    private final Map<String, E> byKey = new LinkedHashMap<>();

    public NameIndex(List<E> entries) {
        for (E entry : entries) {
            for (String key : keysOf(entry)) {
                byKey.putIfAbsent(key, entry);
            }
        }
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
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
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
