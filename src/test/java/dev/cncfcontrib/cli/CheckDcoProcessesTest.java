package dev.cncfcontrib.cli;

import static dev.cncfcontrib.GitRepo.JANE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.GitRepo;
import dev.cncfcontrib.git.GitResult;
import dev.cncfcontrib.git.GitRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check dco} starts at most three git processes, whatever the verdict: each costs a start the user waits
 * for (bench/dco-check.sh counts them too). By default: for-each-ref (the branches, to choose the range), config (the
 * remotes, to know the project) and log (the commits, where they grew from, whether they were pushed); with --range,
 * rev-parse resolves the range instead of for-each-ref. Every process goes through {@link GitRunner#stream}.
 */
class CheckDcoProcessesTest {

    private static final int MOST = 3;
    private static final List<String> DEFAULT_RUN = List.of("for-each-ref", "config", "log");
    private static final List<String> RANGE_RUN = List.of("rev-parse", "config", "log");

    @TempDir
    Path home;

    private GitRepo clone;
    private final List<List<String>> started = new ArrayList<>();

    /** Records each git command line it starts. */
    private final class CountingGit extends GitRunner {
        CountingGit() {
            super(GitRepo.environment(home));
        }

        @Override
        public GitResult stream(Path directory, List<String> args, Duration timeout, OutputSink sink) {
            started.add(List.copyOf(args));
            return super.stream(directory, args, timeout, sink);
        }
    }

    /** A clone of a project (origin/HEAD set) on a branch of its own. */
    @BeforeEach
    void cloneTheProject() {
        GitRepo project = GitRepo.init(home.resolve("project"), home);
        project.commit(JANE, JANE, "Second on main\n\nSigned-off-by: " + JANE + "\n");
        GitRepo.at(home, home).git("clone", "-q", project.dir().toString(), "clone");
        clone = GitRepo.at(home.resolve("clone"), home);
        clone.git("checkout", "-q", "-b", "fix");
    }

    private Result checkDco(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "dco", "--repo", clone.dir().toString()));
        args.addAll(List.of(extra));
        CliRun cli = GitRepo.cli(home).with(context -> context.git(new CountingGit()));
        started.clear();
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void aDefaultRunOnAPassingBranch() {
        clone.commit(JANE, JANE, "One\n\nSigned-off-by: " + JANE + "\n");
        clone.commit(JANE, JANE, "Two\n\nSigned-off-by: " + JANE + "\n");

        Result result = checkDco();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("all 2 commits pass").contains("origin/main..HEAD");
        assertThat(started).as("git processes").hasSizeLessThanOrEqualTo(MOST)
                .extracting(call -> call.get(0)).isEqualTo(DEFAULT_RUN);
    }

    @Test
    void aDefaultRunOnAFailingBranchWithItsFix() {
        clone.commit(JANE, JANE, "One, unsigned");
        clone.commit(JANE, JANE, "Two\n\nSigned-off-by: " + JANE + "\n");

        Result result = checkDco();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).contains("1 of 2 commits fail").contains("git rebase --signoff origin/main");
        assertThat(started).as("git processes").hasSizeLessThanOrEqualTo(MOST)
                .extracting(call -> call.get(0)).isEqualTo(DEFAULT_RUN);
    }

    @Test
    void aDefaultRunOnAPushedBranchThatFails() {
        clone.commit(JANE, JANE, "One\n\nSigned-off-by: " + JANE + "\n");
        clone.commit(JANE, JANE, "Two, unsigned");
        clone.git("push", "-q", "-u", "origin", "fix");
        clone.commit(JANE, JANE, "Three, unsigned");

        Result result = checkDco();

        // the range is what a pull request to main has, pushed or not: never the branch's own origin/fix
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).contains("2 of 3 commits fail").contains("origin/main..HEAD")
                .contains("git push --force-with-lease");
        assertThat(started).as("git processes").hasSizeLessThanOrEqualTo(MOST)
                .extracting(call -> call.get(0)).isEqualTo(DEFAULT_RUN);
    }

    @Test
    void aRangeRunThatPasses() {
        String base = clone.git("rev-parse", "HEAD");
        clone.commit(JANE, JANE, "One\n\nSigned-off-by: " + JANE + "\n");

        Result result = checkDco("--range", base + "..HEAD");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("the commit passes");
        assertThat(started).as("git processes").hasSizeLessThanOrEqualTo(MOST)
                .extracting(call -> call.get(0)).isEqualTo(RANGE_RUN);
    }

    @Test
    void aRangeRunThatFails() {
        String base = clone.git("rev-parse", "HEAD");
        clone.commit(JANE, JANE, "One, unsigned");
        clone.commit(JANE, JANE, "Two, unsigned");

        Result result = checkDco("--range", base + "..HEAD", "-o", "json");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).contains("\"failed\": 2").contains("git rebase --signoff " + base);
        assertThat(started).as("git processes").hasSizeLessThanOrEqualTo(MOST)
                .extracting(call -> call.get(0)).isEqualTo(RANGE_RUN);
    }
}
