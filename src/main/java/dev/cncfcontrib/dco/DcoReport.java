package dev.cncfcontrib.dco;

import dev.cncfcontrib.git.CommitRange;
import dev.cncfcontrib.git.GitResult;
import dev.cncfcontrib.git.Refs;
import dev.cncfcontrib.git.Repository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The result of checking a range of commits with one checker's rules, with the fix for the branch's state.
 *
 * @param base the commit the range grew from (merge base), where a {@code rebase --signoff} starts; when every
 *             commit passes, simply the range's excluded end
 */
public record DcoReport(DcoMode mode, CommitRange range, String base, List<CommitCheck> checks, FixPlan fix) {

    /** A rebase rewrites every commit of the branch; a big one on a slow disk takes a while. */
    private static final Duration REBASE_TIMEOUT = Duration.ofMinutes(10);

    public DcoReport {
        checks = List.copyOf(checks);
    }

    /** Lists the range with one {@code git log} and checks every commit as git lists it. */
    public static DcoReport check(Repository repo, CommitRange range, DcoMode mode) {
        return check(repo, range, mode, null);
    }

    /**
     * Lists the range with one {@code git log} and checks every commit as git lists it; a failing range also gets its
     * fix, for which the fork point comes from the commits' parents and whether they were pushed from {@code refs}.
     *
     * @param refs the clone's refs, when the caller has read them already; null to read them only for a fix
     */
    public static DcoReport check(Repository repo, CommitRange range, DcoMode mode, Refs refs) {
        DcoChecker checker = new DcoChecker(mode);
        List<CommitCheck> checks = new ArrayList<>();
        repo.log(range.exclude(), range.include(), commit -> checks.add(checker.check(commit)));
        String base = range.exclude();
        FixPlan fix = FixPlan.NONE;
        if (checks.stream().anyMatch(CommitCheck::failed)) {
            Set<String> shas = new HashSet<>();
            checks.forEach(check -> shas.add(check.commit().sha()));
            base = forkPoint(repo, range, checks, shas);
            boolean published = (refs != null ? refs : repo.refs()).published(shas, range.target());
            fix = FixPlan.of(checks, baseLabel(range, base), range.includeIsHead(), published);
        }
        return new DcoReport(mode, range, base, checks, fix);
    }

    /**
     * Where the branch grew from, which a {@code rebase --signoff} starts at: the one parent outside the range of the
     * range's commits. Only a range with several (a merge of the default branch into the branch) asks git.
     */
    private static String forkPoint(Repository repo, CommitRange range, List<CommitCheck> checks, Set<String> shas) {
        Set<String> outside = new LinkedHashSet<>();
        for (CommitCheck check : checks) {
            for (String parent : check.commit().parents()) {
                if (!shas.contains(parent)) {
                    outside.add(parent);
                }
            }
        }
        if (outside.size() == 1) {
            return outside.iterator().next();
        }
        return repo.mergeBase(range.exclude(), range.include()).orElse(range.exclude());
    }

    /** A ref name reads better in a command than a hash, but only when it points at the base itself. */
    private static String baseLabel(CommitRange range, String base) {
        String left = range.label().substring(0, Math.max(0, range.label().indexOf("..")));
        // the range's excluded end is the commit its left side named
        if (!left.isEmpty() && !left.startsWith("-") && base.equals(range.exclude())) {
            return left;
        }
        return base;
    }

    public boolean passed() {
        return checks.stream().noneMatch(CommitCheck::failed);
    }

    public List<CommitCheck> failing() {
        return checks.stream().filter(CommitCheck::failed).toList();
    }

    public long count(CommitCheck.Status status) {
        return checks.stream().filter(check -> check.status() == status).count();
    }

    /** The rebase {@code --fix} runs: every commit since {@link #base()} gets the committer's sign-off. */
    public List<String> rebaseArguments() {
        List<String> args = new ArrayList<>(List.of("rebase", "--signoff"));
        if (checks.stream().anyMatch(check -> check.commit().isMerge())) {
            args.add("--rebase-merges");
        }
        args.add(base);
        return args;
    }

    /** Runs the rebase; if git stops (a conflict, a hook), aborts it so the branch is left as it was. */
    public static GitResult rebase(Repository repo, List<String> arguments) {
        GitResult result = repo.run(REBASE_TIMEOUT, arguments.toArray(String[]::new));
        if (!result.ok()) {
            repo.run("rebase", "--abort");
        }
        return result;
    }
}
