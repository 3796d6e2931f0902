package dev.cncfcontrib.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Optimal-string-alignment distance: Levenshtein plus the swap of two neighbours, the commonest typo. */
public final class EditDistance {

    private EditDistance() {
    }

    public static int between(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }

    /** How far a typo may be from what was meant: one edit for short words, up to three for long ones. */
    public static int tolerance(String typed) {
        return Math.max(1, Math.min(3, typed.length() / 3));
    }

    /** The candidates within {@link #tolerance} of {@code typed}, or starting with it, closest first. */
    public static List<String> closest(String typed, Collection<String> candidates, int max) {
        record Scored(String candidate, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            int distance = typed.length() >= 3 && candidate.startsWith(typed) ? 0 : between(typed, candidate);
            if (distance <= tolerance(typed)) {
                scored.add(new Scored(candidate, distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance));
        List<String> best = new ArrayList<>();
        for (Scored s : scored) {
            if (best.size() == max) {
                break;
            }
            best.add(s.candidate());
        }
        return best;
    }
}
