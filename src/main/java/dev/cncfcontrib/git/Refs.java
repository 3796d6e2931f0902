package dev.cncfcontrib.git;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clone's local branches and remote-tracking refs as one {@code git for-each-ref} call lists them: which branch
 * is checked out, where every ref points, and where the symbolic ones ({@code refs/remotes/R/HEAD}) lead. Everything
 * the choice of a pull request's range needs, where asking {@code rev-parse} and {@code symbolic-ref} would take a
 * git process per question.
 *
 * @param currentBranch the checked-out branch's short name, or null on a detached HEAD
 * @param headCommit    the checked-out branch's commit, or null on a detached HEAD
 * @param commits       full ref name to commit
 * @param symbolic      full ref name of a symbolic ref to the full name it points at
 */
public record Refs(String currentBranch, String headCommit, Map<String, String> commits, Map<String, String> symbolic) {

    /** Ref names cannot hold NUL or a newline, so NUL separates the fields and a newline the refs. */
    static final String FORMAT = "%(HEAD)%00%(refname)%00%(objectname)%00%(symref)";
    static final List<String> PATTERNS = List.of("refs/heads", "refs/remotes");

    public Refs {
        commits = Map.copyOf(commits);
        symbolic = Map.copyOf(symbolic);
    }

    static Refs parse(String output) {
        String currentBranch = null;
        String headCommit = null;
        Map<String, String> commits = new LinkedHashMap<>();
        Map<String, String> symbolic = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            String[] fields = line.split("\0", -1);
            if (fields.length != 4) {
                continue;
            }
            String name = fields[1];
            commits.put(name, fields[2]);
            if (!fields[3].isEmpty()) {
                symbolic.put(name, fields[3]);
            }
            if (fields[0].equals("*") && name.startsWith("refs/heads/")) {
                currentBranch = name.substring("refs/heads/".length());
                headCommit = fields[2];
            }
        }
        return new Refs(currentBranch, headCommit, commits, symbolic);
    }

    /** The commit {@code refs/remotes/remote/branch} points at, if the clone has fetched it. */
    public Optional<String> remoteBranch(String remote, String branch) {
        return Optional.ofNullable(commits.get("refs/remotes/" + remote + "/" + branch));
    }

    public Optional<String> localBranch(String branch) {
        return Optional.ofNullable(commits.get("refs/heads/" + branch));
    }

    /** The branch {@code refs/remotes/remote/HEAD} names: the remote's default branch as the clone last saw it. */
    public Optional<String> remoteHead(String remote) {
        String prefix = "refs/remotes/" + remote + "/";
        String target = symbolic.get(prefix + "HEAD");
        return target != null && target.startsWith(prefix) ? Optional.of(target.substring(prefix.length())) : Optional.empty();
    }

    /** The clone has fetched at least one branch of {@code remote}. */
    public boolean hasFetched(String remote) {
        String prefix = "refs/remotes/" + remote + "/";
        return commits.keySet().stream().anyMatch(name -> name.startsWith(prefix));
    }
}
