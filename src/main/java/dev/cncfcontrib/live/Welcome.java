package dev.cncfcontrib.live;

import dev.cncfcontrib.catalog.Project;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What CLOTributor says right now about how ready each project is for a newcomer: its open good first issues
 * (and in which languages) and its issues with a mentor available. Projects are keyed by their CLOTributor name.
 */
public final class Welcome {

    /** CNCF-wide questions are answered page by page up to this many issues. */
    static final int MAX_ISSUES = 2000;

    private final Map<String, List<Issue>> goodFirst = new HashMap<>();
    private final Map<String, Integer> mentored = new HashMap<>();
    private final Provenance provenance;

    public Welcome(List<Issue> goodFirstIssues, List<Issue> mentoredIssues, Provenance provenance) {
        for (Issue issue : goodFirstIssues) {
            goodFirst.computeIfAbsent(issue.project(), key -> new ArrayList<>()).add(issue);
        }
        for (Issue issue : mentoredIssues) {
            mentored.merge(issue.project(), 1, Integer::sum);
        }
        this.provenance = provenance;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** The project's open good first issues, newest first. */
    public List<Issue> goodFirstIssues(Project project) {
        return goodFirst.getOrDefault(IssueFinder.clotributorName(project), List.of());
    }

    /** How many of them are in a repository that uses {@code language}. */
    public int goodFirstIssuesIn(Project project, String language) {
        int count = 0;
        for (Issue issue : goodFirstIssues(project)) {
            if (issue.uses(language)) {
                count++;
            }
        }
        return count;
    }

    public int mentoredIssues(Project project) {
        return mentored.getOrDefault(IssueFinder.clotributorName(project), 0);
    }
}
