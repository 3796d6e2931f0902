package dev.cncfcontrib.live;

import dev.cncfcontrib.catalog.Identified;
import dev.cncfcontrib.catalog.Project;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds open issues of catalog projects: from CLOTributor by the project's name there (the catalog's
 * {@code clomonitorName}, else its id), and from GitHub's search over the project's organisations when asked, or
 * when CLOTributor lists nothing for the project or cannot answer.
 */
public final class IssueFinder {

    /** Where to look. */
    public enum Source implements Identified {
        /** CLOTributor, then GitHub for a project CLOTributor has nothing for. */
        AUTO,
        CLOTRIBUTOR,
        GITHUB
    }

    /** The issues found, newest first; {@code notes} say where a project's issues came from when it was not asked. */
    public record Found(List<Issue> issues, int total, Provenance provenance, List<String> notes) {

        public Found {
            issues = List.copyOf(issues);
            notes = List.copyOf(notes);
        }
    }

    private final Clotributor clotributor;
    private final GitHub github;

    public IssueFinder(Clotributor clotributor, GitHub github) {
        this.clotributor = clotributor;
        this.github = github;
    }

    /** The project's name in CLOTributor and CLOMonitor. */
    public static String clotributorName(Project project) {
        return project.clomonitorName() != null ? project.clomonitorName() : project.id();
    }

    /** The GitHub organisations of a project: the owners of its repository and its other repositories. */
    public static List<String> organisations(Project project) {
        List<String> urls = new ArrayList<>();
        urls.add(project.repository());
        if (project.additionalRepositories() != null) {
            urls.addAll(project.additionalRepositories());
        }
        return GitHubNames.owners(urls);
    }

    /**
     * Issues of {@code projects} (every CNCF project when empty, from CLOTributor only), newest first, at most
     * {@code query.limit()}.
     */
    public Found find(List<Project> projects, IssueQuery query, Source source, CachedGet.Mode mode) {
        List<Issue> issues = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Provenance provenance = new Provenance();
        int total = 0;
        if (projects.isEmpty()) {
            Clotributor.Result result = clotributor.search(query.withProjects(List.of()), mode);
            return new Found(result.issues(), result.total(), result.provenance(), notes);
        }
        for (Project project : projects) {
            String name = clotributorName(project);
            boolean askGitHub = source == Source.GITHUB;
            LiveException clotributorFailure = null;
            if (source != Source.GITHUB) {
                try {
                    Clotributor.Result result = clotributor.search(query.withProjects(List.of(name)), mode);
                    provenance.add(result.provenance());
                    if (!result.issues().isEmpty() || source == Source.CLOTRIBUTOR) {
                        issues.addAll(result.issues());
                        total += result.total();
                        continue;
                    }
                } catch (LiveException failure) {
                    if (source == Source.CLOTRIBUTOR || failure.kind() == LiveException.Kind.NOT_CACHED) {
                        throw failure;
                    }
                    clotributorFailure = failure;
                }
                askGitHub = true;
            }
            List<String> organisations = organisations(project);
            if (organisations.isEmpty()) {
                if (clotributorFailure != null) {
                    throw clotributorFailure;
                }
                notes.add((source == Source.GITHUB ? "" : "CLOTributor lists no open issues for " + project.name() + ", and ")
                        + "the catalog names no GitHub organisation of " + project.name() + " to search.");
                continue;
            }
            if (askGitHub) {
                String where = "org:" + String.join(" org:", organisations);
                if (source != Source.GITHUB) {
                    notes.add((clotributorFailure != null ? "CLOTributor could not answer (" + clotributorFailure.getMessage() + ")"
                            : "CLOTributor lists no open issues for " + project.name())
                            + "; searched GitHub for good first issues in " + where + " instead.");
                }
                try {
                    GitHub.SearchResult result = github.searchGoodFirstIssues(name, organisations, query, mode);
                    provenance.add(result.provenance());
                    issues.addAll(result.issues());
                    total += result.total();
                } catch (LiveException failure) {
                    if (source == Source.GITHUB) {
                        throw failure;
                    }
                    if (clotributorFailure != null) {
                        throw clotributorFailure;
                    }
                    notes.add("GitHub could not answer either (" + failure.getMessage() + ").");
                }
            }
        }
        issues.sort(Comparator.comparingLong(Issue::publishedMillis).reversed());
        List<Issue> kept = issues.subList(0, Math.min(issues.size(), query.limit()));
        return new Found(kept, Math.max(total, kept.size()), provenance, notes);
    }

    /**
     * How welcoming each CNCF project is right now: its open good first issues (by language) and its issues with
     * a mentor, from two CNCF-wide CLOTributor questions.
     */
    public Welcome welcome(CachedGet.Mode mode) {
        IssueQuery everything = new IssueQuery(List.of(), List.of(), true, false, List.of(), Welcome.MAX_ISSUES);
        Clotributor.Result goodFirst = clotributor.search(everything, mode);
        Clotributor.Result mentored = clotributor.search(
                new IssueQuery(List.of(), List.of(), false, true, List.of(), Welcome.MAX_ISSUES), mode);
        Provenance provenance = new Provenance();
        provenance.add(goodFirst.provenance());
        provenance.add(mentored.provenance());
        return new Welcome(goodFirst.issues(), mentored.issues(), provenance);
    }
}
