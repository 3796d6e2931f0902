package dev.cncfcontrib.dco;

import dev.cncfcontrib.git.Commit;
import dev.cncfcontrib.git.CommitRange;
import dev.cncfcontrib.git.GitResult;
import dev.cncfcontrib.git.Repository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The result of checking a range of commits with one checker's rules, with the fix for the branch's state.
 *
 * @param base         the commit the range grew from (merge base), where a {@code rebase --signoff} starts; when
 *                     every commit passes, simply the range's excluded end
 * @param checks       every commit's check, newest first ({@link #check}); or only the failing ones
 *                     ({@link #summarize}, see {@link #keptAll})
 * @param counts       how many commits the range held, by what happened to them
 * @param keptAll      whether {@code checks} holds every commit, as a listing of all of them needs
 * @param hasMerges    the range holds a merge commit, so a rebase must keep merges
 * @param authorEmails the addresses of the range's authors, merges left out, newest first: whom a CLA must cover
 */
public record DcoReport(DcoMode mode, CommitRange range, String base, List<CommitCheck> checks, Counts counts,
                        boolean keptAll, boolean hasMerges, List<String> authorEmails, FixPlan fix) {

    /** A rebase rewrites every commit of the branch; a big one on a slow disk takes a while. */
    private static final Duration REBASE_TIMEOUT = Duration.ofMinutes(10);

    /** How many commits of the range passed, failed, or were skipped and why. */
    public record Counts(int passed, int failed, int skippedMerges, int skippedBots) {

        public int total() {
            return passed + failed + skippedMerges + skippedBots;
        }
    }

    public DcoReport {
        checks = List.copyOf(checks);
        authorEmails = List.copyOf(authorEmails);
    }

    /** Lists the range with one {@code git log}, checks every commit as git lists it, and keeps every check. */
    public static DcoReport check(Repository repo, CommitRange range, DcoMode mode) {
        return check(repo, range, mode, true);
    }

    /**
     * As {@link #check}, keeping only the failing commits: a report that names only those needs no more, and a
     * long range then costs no memory for the commits that pass.
     */
    public static DcoReport summarize(Repository repo, CommitRange range, DcoMode mode) {
        return check(repo, range, mode, false);
    }

    /**
     * The fix of a failing range needs the fork point and whether the commits were pushed: the same {@code git log}
     * tells both, so the verdict costs no git process of its own.
     */
    private static DcoReport check(Repository repo, CommitRange range, DcoMode mode, boolean keepAll) {
        Collector collector = new Collector(new DcoChecker(mode), keepAll);
        Repository.RangeLog listed = repo.logRange(range.exclude(), range.include(), collector);
        Counts counts = new Counts(collector.passed, collector.failing.size(), collector.skippedMerges, collector.bots);
        String base = range.exclude();
        FixPlan fix = FixPlan.NONE;
        if (!collector.failing.isEmpty()) {
            base = forkPoint(repo, range, listed.boundary());
            boolean onlyNewest = collector.failing.size() == 1 && collector.failing.get(0) == collector.newest;
            fix = FixPlan.of(collector.failing, onlyNewest, collector.sawMerge, baseLabel(range, base),
                    range.includeIsHead(), listed.pushed());
        }
        List<CommitCheck> kept = keepAll ? collector.all : collector.failing;
        return new DcoReport(mode, range, base, kept, counts, keepAll, collector.sawMerge,
                List.copyOf(collector.authorEmails), fix);
    }

    /**
     * Where the branch grew from, which a {@code rebase --signoff} starts at: the one boundary commit of the range, as
     * git log found it. Only a range with several (a merge of the default branch into the branch) asks git.
     */
    private static String forkPoint(Repository repo, CommitRange range, List<String> boundary) {
        if (boundary.size() == 1) {
            return boundary.get(0);
        }
        if (boundary.isEmpty()) {
            return range.exclude();
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

    /** Checks each commit as git lists it and keeps what the report needs. */
    private static final class Collector implements Consumer<Commit> {
        private final DcoChecker checker;
        private final boolean keepAll;
        private final List<CommitCheck> all = new ArrayList<>();
        private final List<CommitCheck> failing = new ArrayList<>();
        private final Set<String> authorEmails = new LinkedHashSet<>();
        private CommitCheck newest;
        private int passed;
        private int skippedMerges;
        private int bots;
        private boolean sawMerge;

        Collector(DcoChecker checker, boolean keepAll) {
            this.checker = checker;
            this.keepAll = keepAll;
        }

        @Override
        public void accept(Commit commit) {
            CommitCheck check = checker.check(commit);
            if (newest == null) {
                newest = check;
            }
            switch (check.status()) {
                case PASSED -> passed++;
                case FAILED -> failing.add(check);
                case SKIPPED_MERGE -> skippedMerges++;
                case SKIPPED_BOT -> bots++;
            }
            if (commit.isMerge()) {
                sawMerge = true;
            } else {
                authorEmails.add(commit.authorEmail());
            }
            if (keepAll) {
                all.add(check);
            }
        }
    }

    public boolean passed() {
        return counts.failed() == 0;
    }

    /** The number of commits in the range. */
    public int total() {
        return counts.total();
    }

    public List<CommitCheck> failing() {
        return keptAll ? checks.stream().filter(CommitCheck::failed).toList() : checks;
    }

    public long count(CommitCheck.Status status) {
        return switch (status) {
            case PASSED -> counts.passed();
            case FAILED -> counts.failed();
            case SKIPPED_MERGE -> counts.skippedMerges();
            case SKIPPED_BOT -> counts.skippedBots();
        };
    }

    /** The rebase {@code --fix} runs: every commit since {@link #base()} gets the committer's sign-off. */
    public List<String> rebaseArguments() {
        List<String> args = new ArrayList<>(List.of("rebase", "--signoff"));
        if (hasMerges) {
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
