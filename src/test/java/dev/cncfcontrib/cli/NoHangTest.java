package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import dev.cncfcontrib.GitRepo;
import dev.cncfcontrib.net.LoopbackDns;
import dev.cncfcontrib.net.Network;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command, run the way a script or CI job runs it: stdin closed, or at end of input, and no terminal (and,
 * for commands that ask yes/no, a terminal whose stdin is at its end). Each must end within ten seconds with an
 * exit code from the table and without a stack trace; the network resolves nothing.
 */
class NoHangTest {

    private static final Duration BOUND = Duration.ofSeconds(10);
    /** The documented codes, but for 70: an internal error is a bug, which no input may cause. */
    private static final Set<Integer> EXIT_CODES = Set.of(0, 1, 2, 3, 4, 5, 130);

    /** A stdin that was closed before the program started. */
    private static final InputStream CLOSED = new InputStream() {
        @Override
        public int read() throws IOException {
            throw new IOException("Stream closed");
        }
    };

    enum Stdin { CLOSED, AT_EOF, AT_EOF_ON_A_TERMINAL }

    @TempDir
    Path home;

    private Path catalog;
    private Path landscape;
    private GitRepo repo;

    @BeforeEach
    void setUp() {
        catalog = Fixtures.write(home, "catalog.json", Fixtures.text("catalog-small.json"));
        landscape = Fixtures.write(home, "landscape.yml", Fixtures.text("landscape-small.yml"));
        repo = GitRepo.init(home.resolve("repo"), home);
        repo.commit(GitRepo.JANE, GitRepo.JANE, "Unsigned change\n");
    }

    static Stream<Arguments> commandLines() {
        List<List<String>> lines = List.of(
                List.of(), List.of("--help"), List.of("--version"),
                List.of("list"), List.of("show", "nats"), List.of("groups"),
                List.of("check", "dco", "--repo", "REPO"), List.of("check", "dco", "--repo", "REPO", "--fix"),
                List.of("doctor", "--repo", "REPO"), List.of("doctor", "--project", "nats", "--repo", "REPO"),
                List.of("setup", "signoff", "--repo", "REPO"), List.of("setup", "signoff", "--repo", "REPO", "--uninstall"),
                List.of("dco"), List.of("links", "-t", "1s"), List.of("links", "-p", "nats", "-t", "1s", "-o", "json"),
                List.of("catalog", "info"), List.of("catalog", "validate", "CATALOG"), List.of("catalog", "diff", "CATALOG", "CATALOG"),
                List.of("catalog", "import", "--landscape", "LANDSCAPE"), List.of("catalog", "update"),
                List.of("catalog", "update", "--from", "https://example.org/catalog.json"),
                List.of("shell"), List.of("wizard"), List.of("wizard", "--accessible"), List.of("wizard", "--project", "nats"),
                List.of("wizard", "--resume"), List.of("status"), List.of("plan", "nats"), List.of("open", "nats"), List.of("open", "nats", "chat"),
                List.of("issues"), List.of("issues", "nats", "-o", "json"), List.of("issues", "nats", "--source", "github"),
                List.of("check", "pr", "nats-io/nats-server#1"), List.of("check", "pr"), List.of("wizard", "--project", "nats", "--yes"));
        List<Arguments> all = new ArrayList<>();
        for (List<String> line : lines) {
            for (Stdin stdin : Stdin.values()) {
                if (stdin == Stdin.AT_EOF_ON_A_TERMINAL && line.equals(List.of("shell"))) {
                    // on a terminal the shell reads the terminal itself, which in-process is this JVM's own
                    // stdin; InteractiveShellIT drives it on a real terminal (tmux) instead
                    continue;
                }
                all.add(Arguments.of(line, stdin));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} stdin {1}")
    @MethodSource("commandLines")
    void endsWithinTheBound(List<String> line, Stdin stdin) {
        List<String> args = new ArrayList<>(List.of("--catalog", catalog.toString()));
        for (String word : line) {
            args.add(switch (word) {
                case "REPO" -> repo.dir().toString();
                case "CATALOG" -> catalog.toString();
                case "LANDSCAPE" -> landscape.toString();
                default -> word;
            });
        }
        CliRun cli = GitRepo.cli(home).network(Network.withDns(LoopbackDns.NOTHING_RESOLVES))
                .with(context -> {
                    context.urlOpener(url -> false);
                    if (stdin == Stdin.CLOSED) {
                        context.stdin(CLOSED);
                    }
                });
        if (stdin == Stdin.AT_EOF_ON_A_TERMINAL) {
            // a terminal for output and yes/no questions; the prompter is replaced too, since the real one would
            // open this process's own terminal rather than the test's stdin
            cli.terminal(100, false).with(context -> {
                context.urlOpener(url -> false);
                context.prompter(new dev.cncfcontrib.prompt.AccessiblePrompter(
                        new java.io.BufferedReader(new java.io.StringReader("")), context.io().out()));
            });
        }

        Result result = assertTimeoutPreemptively(BOUND, () -> cli.run(args.toArray(String[]::new)), () -> "hung: " + args);

        assertThat(EXIT_CODES).as(result.toString()).contains(result.exitCode());
        assertThat(result.err()).as(result.toString()).doesNotContain("\tat ").doesNotContain("Exception:");
    }
}
