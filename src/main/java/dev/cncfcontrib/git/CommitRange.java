package dev.cncfcontrib.git;

import java.util.List;
import java.util.Optional;

/**
 * The commits to check: those reachable from {@code include} and not from {@code exclude}, as {@code git log
 * exclude..include} lists them, with how the range was chosen (for the report).
 *
 * @param label         the range as the person would type it ({@code upstream/main..HEAD})
 * @param chosenBecause why this range, when it was not given on the command line
 * @param includeIsHead the range ends at HEAD, so fixes that rewrite the current branch apply to it
 */
public record CommitRange(String exclude, String include, String label, String chosenBecause, boolean includeIsHead) {

    /**
     * Resolves {@code --base} or {@code --range} (exactly one of them is given) in one {@code rev-parse} call.
     *
     * @throws GitException when a revision does not name a commit
     */
    public static CommitRange resolve(Repository repo, String base, String range) {
        if (range != null) {
            int dots = range.indexOf("..");
            if (dots < 0 || range.contains("...")) {
                throw new GitException("'" + range + "' is not a range of the form A..B");
            }
            String from = range.substring(0, dots);
            String to = range.substring(dots + 2);
            List<String> names = List.of("HEAD", from.isEmpty() ? "HEAD" : from, to.isEmpty() ? "HEAD" : to);
            // one git call for the common case; one per name only to say which one is wrong
            List<String> hashes = repo.resolveCommits(names).orElseGet(() -> List.of(
                    head(repo), commit(repo, names.get(1)), commit(repo, names.get(2))));
            return new CommitRange(hashes.get(1), hashes.get(2), range, null, hashes.get(2).equals(hashes.get(0)));
        }
        if (base == null) {
            throw new IllegalArgumentException("neither a base nor a range");
        }
        List<String> hashes = repo.resolveCommits(List.of("HEAD", base)).orElseGet(() -> List.of(
                head(repo), commit(repo, base)));
        return new CommitRange(hashes.get(1), hashes.get(0), base + "..HEAD", null, true);
    }

    /**
     * The commits a pull request from HEAD to {@code target} would have: those of HEAD not on it.
     *
     * @param target the upstream project's default branch as the clone knows it, if it knows one
     * @throws GitException when there is none, or the repository has no commits
     */
    public static CommitRange toward(Optional<TargetBranch> target, Refs refs) {
        if (target.isEmpty()) {
            if (refs.commits().isEmpty()) {
                throw new GitException("the repository has no commits yet");
            }
            throw new GitException("cannot tell which commits a pull request would have: no remote's default branch is "
                    + "known and there is no local main, master or develop; pass --base REF or --range A..B");
        }
        TargetBranch branch = target.get();
        String head = refs.headCommit() != null ? refs.headCommit() : "HEAD";
        return new CommitRange(branch.commit(), head, branch.label() + "..HEAD",
                "the commits not on " + branch.why(), true);
    }

    private static String head(Repository repo) {
        return repo.resolveCommit("HEAD").orElseThrow(() -> new GitException("the repository has no commits yet"));
    }

    private static String commit(Repository repo, String revision) {
        return repo.resolveCommit(revision)
                .orElseThrow(() -> new GitException("'" + revision + "' does not name a commit in this repository"));
    }
}
