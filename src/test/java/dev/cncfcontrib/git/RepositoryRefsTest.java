package dev.cncfcontrib.git;

import static dev.cncfcontrib.GitRepo.JANE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.GitRepo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a repository lists its branches once; the answers it gives from that listing are the answers git's own
 * {@code rev-parse} and {@code symbolic-ref} give, and a command that moves refs makes it list them again.
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

    private Repository open() {
        Repository repository = Repository.open(new CountingGit(), clone.dir());
        started.clear();
        return repository;
    }

    @Test
    void theBranchItsUpstreamAndOriginHeadNeedNoFurtherProcess() {
        clone.commit(JANE, JANE, "Fix\n\nSigned-off-by: " + JANE + "\n");
        clone.git("push", "-q", "-u", "origin", "fix");
        Repository repository = open();

        assertThat(repository.currentBranch()).contains("fix");
        assertThat(repository.upstream()).contains("origin/fix");
        assertThat(repository.resolveCommit("origin/fix")).contains(clone.git("rev-parse", "origin/fix"));
        assertThat(repository.resolveCommit("HEAD")).contains(clone.git("rev-parse", "HEAD"));
        assertThat(repository.defaultBranch()).contains("origin/main");
        assertThat(repository.resolveCommit("origin/main")).contains(clone.git("rev-parse", "origin/main"));
        assertThat(started).as("git processes after opening").isEmpty();
    }

    @Test
    void aCommandThatMovesRefsIsSeenAfterwards() {
        Repository repository = open();
        String before = repository.resolveCommit("HEAD").orElseThrow();

        repository.run("-c", "user.name=Jane Doe", "-c", "user.email=jane@example.org",
                "commit", "-q", "--allow-empty", "-m", "Another");

        String after = repository.resolveCommit("HEAD").orElseThrow();
        assertThat(after).isNotEqualTo(before).isEqualTo(clone.git("rev-parse", "HEAD"));
    }

    @Test
    void aDetachedHeadAndOtherRevisionsAreAskedOfGit() {
        String first = clone.git("rev-parse", "HEAD");
        clone.commit(JANE, JANE, "Second");
        clone.git("checkout", "-q", "--detach", first);
        Repository repository = open();

        assertThat(repository.currentBranch()).isEmpty();
        assertThat(repository.upstream()).isEmpty();
        assertThat(repository.resolveCommit("HEAD")).contains(first);
        assertThat(repository.resolveCommit("fix")).contains(clone.git("rev-parse", "fix"));
        assertThat(repository.resolveCommit("no-such-branch")).isEmpty();
    }

    @Test
    void anUpstreamThatWasNeverFetchedIsNoUpstream() {
        clone.git("config", "branch.fix.remote", "origin");
        clone.git("config", "branch.fix.merge", "refs/heads/never-pushed");
        Repository repository = open();

        assertThat(repository.upstream()).as("as rev-parse @{upstream} says").isEqualTo(Optional.empty());
    }

    @Test
    void outsideARepositoryItSaysSo() {
        Path plain = home.resolve("plain");
        plain.toFile().mkdirs();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Repository.open(new CountingGit(), plain))
                .isInstanceOf(GitException.class).hasMessage(plain + " is not inside a git repository");
    }
}
