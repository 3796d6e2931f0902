package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.git.GitException;
import dev.cncfcontrib.git.GitRunner;
import dev.cncfcontrib.git.Refs;
import dev.cncfcontrib.git.Repository;
import dev.cncfcontrib.git.RemoteUrl;
import dev.cncfcontrib.git.TargetBranch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A clone's remotes seen against a project: which point at the project's own repositories (upstream), which look
 * like someone's fork of them (same repository name, another owner), and which belong elsewhere.
 */
public final class ProjectRemotes {

    /** What a remote is to the project. */
    public enum Role { UPSTREAM, FORK, OTHER }

    /** One remote, its URL as {@code host/owner/repo}, and its role. */
    public record Remote(String name, String url, String normalised, Role role) {
    }

    private ProjectRemotes() {
    }

    /** Every remote with its role, in the clone's order. */
    public static List<Remote> classify(Map<String, String> remotes, Project project) {
        List<String> repositories = repositories(project);
        List<Remote> classified = new ArrayList<>();
        for (Map.Entry<String, String> remote : remotes.entrySet()) {
            String url = RemoteUrl.normalise(remote.getValue());
            Role role = Role.OTHER;
            if (repositories.contains(url)) {
                role = Role.UPSTREAM;
            } else if (!RemoteUrl.repositoryName(url).isEmpty() && repositories.stream()
                    .anyMatch(repository -> RemoteUrl.repositoryName(repository).equals(RemoteUrl.repositoryName(url)))) {
                role = Role.FORK;
            }
            classified.add(new Remote(remote.getKey(), remote.getValue(), url, role));
        }
        return classified;
    }

    /** {@code url} is one of the project's repositories (its main one or another it lists). */
    public static boolean isRepositoryOf(Project project, String url) {
        return project != null && repositories(project).contains(RemoteUrl.normalise(url));
    }

    /** {@code url} is the project's main repository, whose default branch the catalog records. */
    public static boolean isMainRepositoryOf(Project project, String url) {
        return project != null && project.repository() != null
                && RemoteUrl.normalise(project.repository()).equals(RemoteUrl.normalise(url));
    }

    /**
     * The project one of the clone's remotes belongs to: the remote named {@code upstream} first, then the others in
     * order; a project's main repository before the other repositories it lists.
     */
    public static Optional<Project> recognise(Map<String, String> remotes, List<Project> projects) {
        Map<String, String> ordered = new LinkedHashMap<>();
        if (remotes.containsKey("upstream")) {
            ordered.put("upstream", remotes.get("upstream"));
        }
        ordered.putAll(remotes);
        for (String url : ordered.values()) {
            for (Project project : projects) {
                if (isMainRepositoryOf(project, url)) {
                    return Optional.of(project);
                }
            }
        }
        for (String url : ordered.values()) {
            for (Project project : projects) {
                if (isRepositoryOf(project, url)) {
                    return Optional.of(project);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The branch a pull request from this clone goes to (see {@link TargetBranch#find}); the catalog's default branch
     * of the project is tried first when no remote is one of its other repositories, whose branches may differ.
     *
     * @param project the clone's project, or null when not known
     */
    public static Optional<TargetBranch> target(Refs refs, Map<String, String> remotes, Project project) {
        String knownDefault = null;
        if (project != null && project.defaultBranch() != null) {
            boolean main = remotes.values().stream().anyMatch(url -> isMainRepositoryOf(project, url));
            boolean other = remotes.values().stream().anyMatch(url -> isRepositoryOf(project, url) && !isMainRepositoryOf(project, url));
            knownDefault = main || !other ? project.defaultBranch() : null;
        }
        return TargetBranch.find(refs, remotes, url -> isRepositoryOf(project, url), knownDefault);
    }

    /**
     * The branch a pull request to {@code project} goes to, as the clone in {@code directory} knows it; empty when
     * the directory is not a clone, or no remote of it is the project's repository or a fork of it.
     */
    public static Optional<TargetBranch> cloneTarget(GitRunner git, Path directory, Project project) {
        try {
            Repository repository = Repository.at(git, directory);
            Map<String, String> remotes = repository.remotes();
            if (project == null || classify(remotes, project).stream().allMatch(remote -> remote.role() == Role.OTHER)) {
                return Optional.empty();
            }
            return target(repository.refs(), remotes, project).filter(branch -> branch.remote() != null);
        } catch (GitException e) {
            return Optional.empty();
        }
    }

    /** {@code owner/repo} of a GitHub repository URL, or null for other hosts. */
    public static String github(String url) {
        String normalised = RemoteUrl.normalise(url);
        String[] parts = normalised.split("/");
        return parts.length == 3 && parts[0].equals("github.com") ? parts[1] + "/" + parts[2] : null;
    }

    private static List<String> repositories(Project project) {
        List<String> repositories = new ArrayList<>();
        if (project.repository() != null) {
            repositories.add(RemoteUrl.normalise(project.repository()));
        }
        if (project.additionalRepositories() != null) {
            project.additionalRepositories().forEach(url -> repositories.add(RemoteUrl.normalise(url)));
        }
        return repositories;
    }
}
