package dev.cncfcontrib.dco;

import dev.cncfcontrib.git.CommitRange;
import dev.cncfcontrib.git.GitResult;
import dev.cncfcontrib.git.Repository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
        DcoChecker checker = new DcoChecker(mode);
        List<CommitCheck> checks = new ArrayList<>();
        repo.log(range.exclude(), range.include(), commit -> checks.add(checker.check(commit)));
        String base = range.exclude();
        FixPlan fix = FixPlan.NONE;
        if (checks.stream().anyMatch(CommitCheck::failed)) {
            // only a fix needs the fork point; a passing check spares the git calls
            base = repo.mergeBase(range.exclude(), range.include()).orElse(range.exclude());
            fix = FixPlan.of(checks, baseLabel(repo, range, base), range.includeIsHead(), repo.upstream().isPresent());
        }
        return new DcoReport(mode, range, base, checks, fix);
    }

    /** A ref name reads better in a command than a hash, but only when it points at the base itself. */
    private static String baseLabel(Repository repo, CommitRange range, String base) {
        String left = range.label().substring(0, Math.max(0, range.label().indexOf("..")));
        if (!left.isEmpty() && !left.startsWith("-") && repo.resolveCommit(left).map(base::equals).orElse(false)) {
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
