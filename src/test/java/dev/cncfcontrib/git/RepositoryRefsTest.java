package dev.cncfcontrib.git;

import static dev.cncfcontrib.GitRepo.JANE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cncfcontrib.GitRepo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@code for-each-ref} lists the branches; what the listing says is what git's own {@code rev-parse} and
 * {@code symbolic-ref} say, and it is read again after a command that moves refs. The {@code git log} of a range
 * says, in the same process, where the range grew from and whether a remote-tracking branch holds any of it.
 */
class RepositoryRefsTest {

    @TempDir
    Path home;

    private GitRepo clone;
    private final List<List<String>> started = new ArrayList<>();

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

    @BeforeEach
    void cloneAProject() {
        GitRepo project = GitRepo.init(home.resolve("project"), home);
        GitRepo.at(home, home).git("clone", "-q", project.dir().toString(), "clone");
        clone = GitRepo.at(home.resolve("clone"), home);
        clone.git("checkout", "-q", "-b", "fix");
    }

    private Repository repository() {
        return Repository.at(new CountingGit(), clone.dir());
    }

    @Test
    void theListingAnswersAsGitDoesInOneProcess() {
        clone.commit(JANE, JANE, "Fix\n\nSigned-off-by: " + JANE + "\n");
        clone.git("push", "-q", "-u", "origin", "fix");

        Refs refs = repository().refs();

        assertThat(refs.currentBranch()).isEqualTo(clone.git("symbolic-ref", "--short", "HEAD"));
        assertThat(refs.headCommit()).isEqualTo(clone.git("rev-parse", "HEAD"));
        assertThat("origin/" + refs.remoteHead("origin").orElseThrow())
                .isEqualTo(clone.git("symbolic-ref", "--short", "refs/remotes/origin/HEAD"));
        assertThat(refs.remoteBranch("origin", "fix")).contains(clone.git("rev-parse", "origin/fix"));
        assertThat(refs.remoteBranch("origin", "main")).contains(clone.git("rev-parse", "origin/main"));
        assertThat(refs.localBranch("main")).contains(clone.git("rev-parse", "main"));
        assertThat(refs.localBranch("gone")).isEmpty();
        assertThat(refs.hasFetched("origin")).isTrue();
        assertThat(refs.hasFetched("upstream")).isFalse();
        assertThat(started).extracting(call -> call.get(0)).containsExactly("for-each-ref");
    }

    @Test
    void aCommandThatMovesRefsIsSeenAfterwards() {
        Repository repository = repository();
        String before = repository.refs().headCommit();

        repository.run("-c", "user.name=Jane Doe", "-c", "user.email=jane@example.org",
                "commit", "-q", "--allow-empty", "-m", "Another");

        String after = repository.refs().headCommit();
        assertThat(after).isNotEqualTo(before).isEqualTo(clone.git("rev-parse", "HEAD"));
    }

    @Test
    void aDetachedHeadIsOnNoBranchAndOtherRevisionsAreAskedOfGit() {
        String first = clone.git("rev-parse", "HEAD");
        clone.commit(JANE, JANE, "Second");
        clone.git("checkout", "-q", "--detach", first);
        Repository repository = repository();

        Refs refs = repository.refs();

        assertThat(refs.currentBranch()).isNull();
        assertThat(refs.headCommit()).isNull();
        assertThat(repository.resolveCommit("HEAD")).contains(first);
        assertThat(repository.resolveCommit("fix")).contains(clone.git("rev-parse", "fix"));
        assertThat(repository.resolveCommit("no-such-branch")).isEmpty();
    }

    @Test
    void aRangeLogSaysWhereTheRangeGrewFromAndWhetherItWasPushed() {
        String main = clone.git("rev-parse", "origin/main");
        clone.commit(JANE, JANE, "One");
        clone.git("tag", "v1"); // neither a tag nor HEAD is a push
        List<String> listed = new ArrayList<>();

        Repository.RangeLog local = repository().logRange(main, "HEAD", commit -> listed.add(commit.subject()));

        assertThat(listed).containsExactly("One");
        assertThat(local.boundary()).containsExactly(main);
        assertThat(local.pushed()).isFalse();

        clone.git("push", "-q", "-u", "origin", "fix");
        clone.commit(JANE, JANE, "Two");
        // a setting that hides remote-tracking branches from git log's decorations does not hide a push
        clone.git("config", "log.excludeDecoration", "refs/remotes/*");

        Repository.RangeLog pushed = repository().logRange(main, "HEAD", commit -> { });

        assertThat(pushed.boundary()).containsExactly(main);
        assertThat(pushed.pushed()).isTrue();
    }

    @Test
    void outsideARepositoryItSaysSo() throws Exception {
        Path plain = java.nio.file.Files.createDirectories(home.resolve("plain"));

        assertThatThrownBy(() -> Repository.open(new CountingGit(), plain))
                .isInstanceOf(GitException.class).hasMessage(plain + " is not inside a git repository");
        assertThatThrownBy(() -> Repository.at(new CountingGit(), plain).refs())
                .isInstanceOf(GitException.class).hasMessage(plain + " is not inside a git repository");
    }
}
