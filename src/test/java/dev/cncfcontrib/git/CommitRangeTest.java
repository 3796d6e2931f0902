package dev.cncfcontrib.git;

import static dev.cncfcontrib.GitRepo.JANE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.GitRepo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolving a range costs one git process: each start of git is milliseconds a user waits for. */
class CommitRangeTest {

    @TempDir
    Path home;

    /** Records every git command line it runs. */
    static final class RecordingGit extends GitRunner {
        final List<List<String>> calls = new ArrayList<>();

        RecordingGit(Path home) {
            super(GitRepo.environment(home));
        }

        @Override
        public GitResult run(Path directory, List<String> args, Duration timeout) {
            calls.add(List.copyOf(args));
            return super.run(directory, args, timeout);
        }
    }

    @Test
    void anExplicitRangeResolvesInOneGitCall() {
        GitRepo repo = GitRepo.init(home.resolve("repo"), home);
        String first = repo.commit(JANE, JANE, "First");
        String second = repo.commit(JANE, JANE, "Second");
        RecordingGit git = new RecordingGit(home);
        Repository repository = Repository.open(git, repo.dir());
        git.calls.clear();

        CommitRange range = CommitRange.resolve(repository, null, first + "..HEAD");

        assertThat(git.calls).hasSize(1);
        assertThat(range.exclude()).isEqualTo(first);
        assertThat(range.include()).isEqualTo(second);
        assertThat(range.includeIsHead()).isTrue();
    }
}
