package dev.cncfcontrib.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every git call ends: a git that hangs is stopped at its timeout and one that writes without end at the output
 * cap, whether its output is collected or streamed. A stand-in shell script plays the misbehaving git.
 */
class GitRunnerTest {

    @TempDir
    Path dir;

    /** Runs {@code sh -c SCRIPT} where git would run, with an output cap of 1 MiB. */
    private static GitRunner shell() {
        return new GitRunner(Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")), "sh", 1024 * 1024);
    }

    @Test
    @Timeout(20)
    void aGitThatHangsIsStoppedAtItsTimeout() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> shell().run(dir, List.of("-c", "sleep 30"), Duration.ofMillis(300)))
                .isInstanceOf(GitException.class).hasMessageContaining("did not finish within");
        assertThatThrownBy(() -> shell().stream(dir, List.of("-c", "printf 'a\\0'; sleep 30"), Duration.ofMillis(300),
                (buffer, length) -> { }))
                .isInstanceOf(GitException.class).hasMessageContaining("did not finish within");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    @Timeout(20)
    void outputBeyondTheCapIsRefusedCollectedOrStreamed() {
        assertThatThrownBy(() -> shell().run(dir, List.of("-c", "yes"), Duration.ofSeconds(10)))
                .isInstanceOf(GitException.class).hasMessageContaining("more than 1 MiB of output");
        assertThatThrownBy(() -> shell().stream(dir, List.of("-c", "yes"), Duration.ofSeconds(10), (buffer, length) -> { }))
                .isInstanceOf(GitException.class).hasMessageContaining("more than 1 MiB of output");
    }

    @Test
    @Timeout(20)
    void aFailingConsumerStopsGit() {
        assertThatThrownBy(() -> shell().stream(dir, List.of("-c", "yes"), Duration.ofSeconds(10), (buffer, length) -> {
            throw new GitException("could not read git log output");
        })).isInstanceOf(GitException.class).hasMessage("could not read git log output");
    }

    @Test
    void streamedOutputArrivesWholeAndGitsStatusAndErrorsAreKept() {
        StringBuilder received = new StringBuilder();

        GitResult result = shell().stream(dir, List.of("-c", "printf 'one\\ntwo\\n'; echo oops >&2; exit 3"),
                Duration.ofSeconds(10), (buffer, length) -> received.append(new String(buffer, 0, length, StandardCharsets.UTF_8)));

        assertThat(received).hasToString("one\ntwo\n");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stderr()).isEqualTo("oops\n");
    }

    @Test
    void commitsReadTheSameWhereverTheOutputIsCut() {
        // records start with git's %m mark: '>' for a listed commit, '-' for a boundary commit of --boundary; a range's
        // log follows the hash with the remote-tracking branches that point at the commit
        String log = String.join("\u0000", List.of(">aaaa", "", "Zoë Ünïcode", "zoe@example.org", "Zoë Ünïcode", "zoe@example.org",
                "Subject ✓\n\nSigned-off-by: Zoë Ünïcode <zoe@example.org>\n"))
                + "\u0000\n" + String.join("\u0000", List.of(">bbbb", "aaaa cccc", "B", "b@example.org", "C", "c@example.org", "Merge"))
                + "\u0000\n" + String.join("\u0000", List.of(">dddd (origin/fix, fork/fix)", "bbbb", "B", "b@example.org", "B", "b@example.org", "Same people"))
                + "\u0000\n" + String.join("\u0000", List.of("-cccc (origin/main)", "", "C", "c@example.org", "C", "c@example.org", "Base"))
                + "\u0000";
        byte[] bytes = log.getBytes(StandardCharsets.UTF_8);
        List<Commit> whole = Repository.parseLog(bytes);

        assertThat(whole).hasSize(3);
        assertThat(whole.get(0).authorName()).isEqualTo("Zoë Ünïcode");
        assertThat(whole.get(1).sha()).isEqualTo("bbbb");
        assertThat(whole.get(1).isMerge()).isTrue();
        assertThat(whole.get(2).committerName()).isEqualTo("B");
        assertThat(whole.get(2).authorEmail()).isEqualTo("b@example.org");
        assertThat(whole.get(2).sha()).isEqualTo("dddd");
        // every cut point, including inside the two bytes of 'ë' and right at a NUL
        for (int cut = 0; cut <= bytes.length; cut++) {
            List<Commit> pieces = new ArrayList<>();
            List<String> boundary = new ArrayList<>();
            Repository.LogParser parser = new Repository.LogParser(pieces::add, boundary::add);
            parser.write(java.util.Arrays.copyOfRange(bytes, 0, cut), cut);
            byte[] rest = java.util.Arrays.copyOfRange(bytes, cut, bytes.length);
            parser.write(rest, rest.length);
            parser.finish();
            assertThat(pieces).as("cut at byte %d", cut).isEqualTo(whole);
            assertThat(boundary).as("cut at byte %d", cut).containsExactly("cccc");
            assertThat(parser.sawPushedCommit()).as("cut at byte %d", cut).isTrue();
        }
    }

    @Test
    void aBoundaryCommitOnARemoteBranchIsNoPush() {
        byte[] log = (">aaaa\u0000cccc\u0000A\u0000a@example.org\u0000A\u0000a@example.org\u0000One\u0000"
                + "\n-cccc (origin/main, origin/HEAD)\u0000\u0000C\u0000c@example.org\u0000C\u0000c@example.org\u0000Base\u0000")
                .getBytes(StandardCharsets.UTF_8);
        List<Commit> listed = new ArrayList<>();
        List<String> boundary = new ArrayList<>();
        Repository.LogParser parser = new Repository.LogParser(listed::add, boundary::add);

        parser.write(log, log.length);
        parser.finish();

        assertThat(listed).extracting(Commit::sha).containsExactly("aaaa");
        assertThat(boundary).containsExactly("cccc");
        assertThat(parser.sawPushedCommit()).isFalse();
    }

    @Test
    void outputCutInsideACommitIsAnError() {
        byte[] truncated = ">aaaa\u0000\u0000Jane\u0000".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Repository.parseLog(truncated))
                .isInstanceOf(GitException.class).hasMessageContaining("could not read git log output");
    }
}
