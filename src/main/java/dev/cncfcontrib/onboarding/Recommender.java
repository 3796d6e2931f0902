package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.catalog.LegalKind;
import dev.cncfcontrib.catalog.Maturity;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.live.Welcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Ranks the catalog's projects against a person's {@link Preferences}, and explains each suggestion. */
public final class Recommender {

    private Recommender() {
    }

    /** An area the wizard offers, and how many active projects work in it. */
    public record FocusArea(String name, int projects) {

        /** "Service Mesh (6 projects)". */
        public String label() {
            return name + " (" + projects + (projects == 1 ? " project)" : " projects)");
        }
    }

    /**
     * The areas of the active projects, alphabetically: each project's landscape subcategory ("Security &
     * Compliance"), which groups every project the same way, else the focus the catalog gives it. The hand-written
     * focus of the seed projects ("Monitoring", "Logging") would otherwise split one area into several of a
     * single project each.
     */
    public static List<FocusArea> focusAreas(List<Project> projects) {
        TreeMap<String, Integer> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Project project : projects) {
            String area = area(project);
            if (!project.archived() && area != null) {
                counts.merge(area, 1, Integer::sum);
            }
        }
        List<FocusArea> areas = new ArrayList<>();
        counts.forEach((name, count) -> areas.add(new FocusArea(name, count)));
        return areas;
    }

    /** The area {@link #focusAreas} files a project under, or null when the catalog says nothing of it. */
    static String area(Project project) {
        String category = project.category();
        if (category != null) {
            int slash = category.lastIndexOf(" / ");
            String subcategory = (slash < 0 ? category : category.substring(slash + 3)).strip();
            if (!subcategory.isEmpty()) {
                return subcategory;
            }
        }
        return project.focus() == null || project.focus().isBlank() ? null : project.focus().strip();
    }

    /** {@link #rank(List, Preferences, Welcome)} without knowing the open issues. */
    public static List<Suggestion> rank(List<Project> projects, Preferences preferences) {
        return rank(projects, preferences, null);
    }

    /**
     * Active projects that satisfy the hard constraints (focus when chosen, maturity when chosen, and for someone
     * who cannot sign a CLA, a requirement the project states that has none), ordered by how ready each is for a
     * newcomer now: open good first issues in the language asked for, then in any language, and issues with a mentor
     * (when {@code welcome} knows them); then no agreement to sign, the chat the person uses, onboarding facts
     * verified in the project's own files, maturity. Never alphabetical: the name only breaks exact ties.
     *
     * @param welcome the open issues CLOTributor lists now (or cached), or null when neither is available
     */
    public static List<Suggestion> rank(List<Project> projects, Preferences preferences, Welcome welcome) {
        List<Suggestion> suggestions = new ArrayList<>();
        Map<Project, Integer> openIssues = new HashMap<>();
        String newestCommit = newestCommit(projects);
        for (Project project : projects) {
            if (project.archived() || !matchesFocus(project, preferences)) {
                continue;
            }
            if (preferences.maturity() != null && project.maturity() != preferences.maturity()) {
                continue;
            }
            if (!preferences.canSignCla() && !withoutCla(project)) {
                continue;
            }
            int score = 0;
            List<String> reasons = new ArrayList<>();
            if (welcome != null) {
                int goodFirst = welcome.goodFirstIssues(project).size();
                int inLanguage = preferences.language() == null ? 0 : welcome.goodFirstIssuesIn(project, preferences.language());
                int mentored = welcome.mentoredIssues(project);
                openIssues.put(project, goodFirst);
                if (inLanguage > 0) {
                    score += 64;
                    reasons.add(count(inLanguage, "open good first issue") + " in " + preferences.language()
                            + (goodFirst > inLanguage ? " (" + goodFirst + " in all)" : ""));
                } else if (goodFirst > 0) {
                    score += 32;
                    reasons.add(count(goodFirst, "open good first issue")
                            + (preferences.language() == null ? "" : " (none in " + preferences.language() + ")"));
                }
                score += Math.min(goodFirst, 8);
                if (mentored > 0) {
                    score += 16;
                    reasons.add(count(mentored, "issue") + " with a mentor available");
                }
            }
            if (!preferences.focusAreas().isEmpty()) {
                score += 8;
                reasons.add("works on " + project.focus());
            }
            if (project.legal().kind() == LegalKind.DCO) {
                score += 4;
                reasons.add("DCO sign-off only: no agreement to sign");
            } else if (project.legal().kind() == LegalKind.NONE) {
                score += 4;
                reasons.add("no sign-off or agreement required");
            } else if (project.legal().kind() == LegalKind.UNKNOWN) {
                reasons.add("its files do not say whether it needs a sign-off or a CLA: check before you start");
            }
            if (preferences.chat() != null && project.chat().stream().anyMatch(chat -> chat.platform() == preferences.chat())) {
                score += 2;
                reasons.add("chats on " + preferences.chat().label() + ", which you use");
            }
            if (preferences.maturity() != null) {
                score += 1;
                reasons.add(project.maturity().id() + ", as you asked");
            } else if (project.maturity() == Maturity.GRADUATED) {
                score += 2;
                reasons.add("graduated: established, with many maintainers to help");
            } else if (project.maturity() == Maturity.INCUBATING) {
                score += 1;
            }
            int verified = 0;
            if (project.legal().basis().read()) {
                verified += 2;
            }
            if (project.contributorGuide() != null) {
                verified += 1;
            }
            if (!project.chat().isEmpty()) {
                verified += 1;
            }
            score += verified;
            if (verified == 4) {
                reasons.add("contributor guide, chat and legal requirement read from its own files");
            }
            if (dormant(project, newestCommit)) {
                score -= 4;
                reasons.add("no commit since " + project.lastCommit() + " when its files were last read");
            }
            suggestions.add(new Suggestion(project, score, reasons));
        }
        suggestions.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(Comparator.comparingInt((Suggestion suggestion) -> openIssues.getOrDefault(suggestion.project(), 0)).reversed())
                .thenComparing(suggestion -> suggestion.project().lastCommit() == null ? "" : suggestion.project().lastCommit(),
                        Comparator.reverseOrder())
                .thenComparing(suggestion -> suggestion.project().name().toLowerCase(Locale.ROOT)));
        return suggestions;
    }

    /** Six months without a commit, when the catalog's other projects had some: few reviewers to answer a newcomer. */
    private static final int DORMANT_DAYS = 183;

    private static String newestCommit(List<Project> projects) {
        String newest = null;
        for (Project project : projects) {
            if (project.lastCommit() != null && (newest == null || project.lastCommit().compareTo(newest) > 0)) {
                newest = project.lastCommit();
            }
        }
        return newest;
    }

    private static boolean dormant(Project project, String newestCommit) {
        if (project.lastCommit() == null || newestCommit == null) {
            return false;
        }
        try {
            return java.time.LocalDate.parse(project.lastCommit()).plusDays(DORMANT_DAYS)
                    .isBefore(java.time.LocalDate.parse(newestCommit));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /** The project states a requirement that needs no agreement: a DCO sign-off, or nothing. */
    static boolean withoutCla(Project project) {
        LegalKind kind = project.legal().kind();
        return kind == LegalKind.DCO || kind == LegalKind.NONE;
    }

    /**
     * For someone who cannot sign a CLA: active projects that fit everything else but do not state their legal
     * requirement. They are not suggestions; the wizard may list them apart, marked as such.
     */
    public static List<Project> unstatedMatches(List<Project> projects, Preferences preferences) {
        List<Project> unstated = new ArrayList<>();
        if (preferences.canSignCla()) {
            return unstated;
        }
        for (Project project : projects) {
            if (!project.archived() && project.legal().kind() == LegalKind.UNKNOWN && matchesFocus(project, preferences)
                    && (preferences.maturity() == null || project.maturity() == preferences.maturity())) {
                unstated.add(project);
            }
        }
        return unstated;
    }

    /** Archived projects in the chosen focus areas: shown only to point at their successor. */
    public static List<Project> archivedMatches(List<Project> projects, Preferences preferences) {
        List<Project> archived = new ArrayList<>();
        for (Project project : projects) {
            if (project.archived() && !preferences.focusAreas().isEmpty() && matchesFocus(project, preferences)) {
                archived.add(project);
            }
        }
        return archived;
    }

    private static boolean matchesFocus(Project project, Preferences preferences) {
        if (preferences.focusAreas().isEmpty()) {
            return true;
        }
        String projectArea = area(project);
        for (String area : preferences.focusAreas()) {
            if (area.equalsIgnoreCase(projectArea)) {
                return true;
            }
        }
        return false;
    }
}
