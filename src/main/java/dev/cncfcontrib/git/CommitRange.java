package dev.cncfcontrib.git;

import java.util.List;
import java.util.Optional;

/**
 * The commits to check: those reachable from {@code include} and not from {@code exclude}, as {@code git log
 * exclude..include} lists them, with how the range was chosen (for the report).
 *
 * @param label        the range as the person would type it ({@code origin/main..HEAD})
 * @param chosenBecause why this range, when it was not given on the command line
 * @param includeIsHead the range ends at HEAD, so fixes that rewrite the current branch apply to it
 */
public record CommitRange(String exclude, String include, String label, String chosenBecause, boolean includeIsHead) {

    /**
     * Resolves {@code --base}, {@code --range} or, with neither, the commits of the current branch not on its
     * upstream, else not on the default branch ({@code origin/HEAD}, then {@code main}, then {@code master}).
     *
     * @throws GitException when a revision does not name a commit or no base can be found
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
        String head = head(repo);
        if (base != null) {
            return new CommitRange(commit(repo, base), head, base + "..HEAD", null, true);
        }
        Optional<String> upstream = repo.upstream();
        Optional<String> upstreamCommit = upstream.isPresent() ? repo.resolveCommit(upstream.get()) : Optional.empty();
        if (upstreamCommit.isPresent()) {
            return new CommitRange(upstreamCommit.get(), head, upstream.get() + "..HEAD",
                    "the commits of the current branch not on its upstream", true);
        }
        Optional<String> defaultBranch = repo.defaultBranch();
        if (defaultBranch.isPresent()) {
            return new CommitRange(commit(repo, defaultBranch.get()), head, defaultBranch.get() + "..HEAD",
                    "the commits not on the default branch", true);
        }
        throw new GitException("cannot tell which commits are yours: the branch has no upstream and there is no "
                + "origin/HEAD, main or master; pass --base REF or --range A..B");
    }

    private static String head(Repository repo) {
        return repo.resolveCommit("HEAD").orElseThrow(() -> new GitException("the repository has no commits yet"));
    }

    private static String commit(Repository repo, String revision) {
        return repo.resolveCommit(revision)
                .orElseThrow(() -> new GitException("'" + revision + "' does not name a commit in this repository"));
    }
}
