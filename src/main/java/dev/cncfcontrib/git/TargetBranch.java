package dev.cncfcontrib.git;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The branch a pull request from this clone goes to: the upstream project's default branch, as the clone knows it.
 * The commits of a pull request are those of HEAD not on it; never the branch's own tracking branch, which on a fork
 * already holds the commits a bot will check.
 *
 * @param remote the remote it belongs to, or null for a local branch (a clone without remotes)
 * @param branch the branch's name on that remote ({@code main}, {@code master})
 * @param commit the commit the clone has for it
 * @param why    how it was chosen, for the report: "the default branch of the remote 'upstream', from ..."
 */
public record TargetBranch(String remote, String branch, String commit, String why) {

    /** Names tried, in order, when a remote's HEAD is unknown and the project's default branch is not there. */
    static final List<String> USUAL_DEFAULTS = List.of("main", "master", "develop", "trunk");

    /** The branch as a command names it: {@code upstream/main}, or {@code main} without a remote. */
    public String label() {
        return remote == null ? branch : remote + "/" + branch;
    }

    /**
     * Chooses the remote (the one named {@code upstream}, else the one whose URL is the project's repository, else
     * {@code origin}; one the clone never fetched is passed over) and its default branch ({@code refs/remotes/R/HEAD},
     * else the project's known default branch, else the first of main, master, develop, trunk that the remote has);
     * without any such remote, a local branch of those names.
     *
     * @param remotes             every remote's URL, by name
     * @param isProjectRepository whether a remote's URL is the project's repository (always false when the project
     *                            is not known)
     * @param knownDefaultBranch  the project's default branch as the catalog records it, or null
     */
    public static Optional<TargetBranch> find(Refs refs, Map<String, String> remotes, Predicate<String> isProjectRepository,
            String knownDefaultBranch) {
        Map<String, String> reasons = new java.util.LinkedHashMap<>();
        if (remotes.containsKey("upstream")) {
            reasons.put("upstream", "the remote 'upstream'");
        }
        for (Map.Entry<String, String> remote : remotes.entrySet()) {
            if (isProjectRepository.test(remote.getValue())) {
                reasons.putIfAbsent(remote.getKey(), "the remote '" + remote.getKey() + "', the project's repository");
            }
        }
        if (remotes.containsKey("origin")) {
            reasons.putIfAbsent("origin", "the remote 'origin'");
        }
        List<String> unfetched = new ArrayList<>();
        for (Map.Entry<String, String> candidate : reasons.entrySet()) {
            String remote = candidate.getKey();
            if (!refs.hasFetched(remote)) {
                unfetched.add(remote);
                continue;
            }
            Optional<TargetBranch> found = defaultBranchOf(refs, remote, candidate.getValue(), knownDefaultBranch);
            if (found.isPresent()) {
                return Optional.of(unfetched.isEmpty() ? found.get() : found.get().withNote(
                        "the remote '" + String.join("', '", unfetched) + "' was never fetched (git fetch " + unfetched.get(0) + ")"));
            }
        }
        for (String name : candidates(knownDefaultBranch)) {
            Optional<String> commit = refs.localBranch(name);
            if (commit.isPresent()) {
                return Optional.of(new TargetBranch(null, name, commit.get(),
                        "the local branch " + name + "; no remote's default branch is known"));
            }
        }
        return Optional.empty();
    }

    private static Optional<TargetBranch> defaultBranchOf(Refs refs, String remote, String reason, String knownDefaultBranch) {
        Optional<String> head = refs.remoteHead(remote);
        if (head.isPresent() && refs.remoteBranch(remote, head.get()).isPresent()) {
            return Optional.of(new TargetBranch(remote, head.get(), refs.remoteBranch(remote, head.get()).get(),
                    "the default branch of " + reason + ", from refs/remotes/" + remote + "/HEAD"));
        }
        for (String name : candidates(knownDefaultBranch)) {
            Optional<String> commit = refs.remoteBranch(remote, name);
            if (commit.isPresent()) {
                String why = name.equals(knownDefaultBranch) ? "the project's default branch, on " + reason
                        : "the " + name + " branch of " + reason + "; this clone does not record that remote's default"
                                + " branch ('git remote set-head " + remote + " --auto' asks it)";
                return Optional.of(new TargetBranch(remote, name, commit.get(), why));
            }
        }
        return Optional.empty();
    }

    private static Set<String> candidates(String knownDefaultBranch) {
        Set<String> names = new LinkedHashSet<>();
        if (knownDefaultBranch != null && !knownDefaultBranch.isBlank()) {
            names.add(knownDefaultBranch);
        }
        names.addAll(USUAL_DEFAULTS);
        return names;
    }

    private TargetBranch withNote(String note) {
        return new TargetBranch(remote, branch, commit, why + "; " + note);
    }
}
