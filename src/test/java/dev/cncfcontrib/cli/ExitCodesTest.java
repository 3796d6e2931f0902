package dev.cncfcontrib.cli;

import static dev.cncfcontrib.GitRepo.JANE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import dev.cncfcontrib.GitRepo;
import dev.cncfcontrib.prompt.ScriptedPrompter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit-code table of the README and of every command's help, one code at a time: each means one thing, so a
 * script can tell a failing check (1) from a bug (70). Network and data errors are mapped in one place
 * ({@link ErrorReporter}), whichever command meets them.
 */
class ExitCodesTest {

    @TempDir
    Path home;

    private static void assertOneErrorLine(Result result, int exitCode) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(exitCode);
        assertThat(result.err().lines().filter(line -> line.startsWith("error: "))).as(result.toString()).hasSize(1);
        assertThat(result.err()).as(result.toString()).doesNotContain("\tat ");
    }

    @Test
    void zeroIsSuccess() {
        assertThat(new CliRun(home).run("list").exitCode()).isZero();
    }

    @Test
    void oneIsAFailedCheckAndNothingElse() {
        CliRun cli = GitRepo.cli(home);
        GitRepo repo = GitRepo.init(home.resolve("repo"), home);
        repo.git("checkout", "-q", "-b", "feature");
        repo.commit(JANE, JANE, "Unsigned");

        Result result = cli.run("check", "dco", "--repo", repo.dir().toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.CHECK_FAILED).isEqualTo(1);
        assertThat(result.err()).doesNotContain("error:");
    }

    @Test
    void twoIsAUsageError() {
        assertOneErrorLine(new CliRun(home).run("list", "--maturity", "ancient"), 2);
    }

    @Test
    void threeIsAnUnknownProject() {
        assertOneErrorLine(new CliRun(home).run("show", "nope"), 3);
    }

    @Test
    void fourIsADataError() {
        Path broken = Fixtures.write(home, "broken.json", "{");

        assertOneErrorLine(new CliRun(home).run("list", "--catalog", broken.toString()), 4);
    }

    @Test
    void fiveIsANetworkErrorMappedCentrally() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        Result result = new CliRun(home).run("catalog", "update", "--from", "http://127.0.0.1:" + closedPort + "/landscape.yml");

        assertOneErrorLine(result, 5);
    }

    @Test
    void seventyIsAnInternalErrorWithoutATrace() {
        // a piece of the context that fails as no layer expects: a bug, not a failed check
        Result result = new CliRun(home).with(context -> context.urlOpener(url -> {
            throw new IllegalStateException("the opener broke");
        })).run("open", "nats");

        assertOneErrorLine(result, ExitCodes.INTERNAL_ERROR);
        assertThat(result.exitCode()).isEqualTo(70);
        assertThat(result.err()).startsWith("error: internal error: IllegalStateException: the opener broke")
                .contains("--verbose").contains("report it");
    }

    @Test
    void seventyAlsoForAnErrorThatEscapesPicocli() {
        // picocli hands its handlers Exceptions only: an Error used to reach the JVM as a stack trace and exit 1
        CliRun cli = new CliRun(home).with(context -> context.urlOpener(url -> {
            throw new AssertionError("an invariant broke");
        }));

        Result quiet = cli.run("open", "nats");
        Result verbose = cli.run("--verbose", "open", "nats");

        assertOneErrorLine(quiet, 70);
        assertThat(quiet.err()).contains("internal error: AssertionError: an invariant broke");
        assertThat(verbose.exitCode()).isEqualTo(70);
        assertThat(verbose.err()).contains("internal error: AssertionError").contains("\tat ");
    }

    @Test
    void oneHundredThirtyIsCancelled() {
        ScriptedPrompter prompter = new ScriptedPrompter().cancelAt("Which areas");

        Result result = new CliRun(home).terminal(200, false).with(context -> context.prompter(prompter)).run("wizard");

        assertOneErrorLine(result, 130);
    }

    @Test
    void theHelpOfEveryCommandListsTheTable() {
        String help = new CliRun(home).run("check", "dco", "--help").out();

        assertThat(help).contains("Exit codes:").containsPattern("(?m)^\\s+1\\s+A check failed")
                .containsPattern("(?m)^\\s+70\\s+Internal error").containsPattern("(?m)^\\s+130\\s+Cancelled");
    }

    // --- help COMMAND at the top level, as in the shell ---

    @Test
    void helpCommandShowsTheCommandsHelp() {
        CliRun cli = new CliRun(home);

        Result list = cli.run("help", "list");
        Result nested = cli.run("help", "catalog", "update");
        Result all = cli.run("help");

        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).startsWith("Usage: cncf-contrib list").isEqualTo(cli.run("list", "--help").out());
        assertThat(nested.exitCode()).isZero();
        assertThat(nested.out()).startsWith("Usage: cncf-contrib catalog update").contains("--from");
        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).isEqualTo(cli.run("--help").out()).contains("  help ");
    }

    @Test
    void helpOfAnUnknownCommandIsAUsageErrorWithASuggestion() {
        Result result = new CliRun(home).run("help", "lsit");
        Result nested = new CliRun(home).run("help", "catalog", "updte");

        assertOneErrorLine(result, 2);
        assertThat(result.err()).contains("unknown command 'lsit'", "Did you mean: list?");
        assertOneErrorLine(nested, 2);
        assertThat(nested.err()).contains("unknown command 'updte'", "Did you mean: update?", "cncf-contrib catalog --help");
    }

    // --- a piped shell: the code of the last line that failed ---

    @Test
    void aPipedShellEndsWithTheCodeOfTheFailingLine() {
        Result result = new CliRun(home).stdin("show nope\n").run("shell");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.err()).contains("no project named 'nope'");
    }

    @Test
    void aLaterSuccessDoesNotHideAnEarlierFailure() {
        Result result = new CliRun(home).stdin("show nope\nlist -o csv\n").run("shell");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.out()).as("every line still runs").contains("nats");
    }

    @Test
    void theLastFailureDecides() {
        CliRun cli = new CliRun(home);

        assertThat(cli.stdin("show nope\nlist --maturity ancient\nlist -o csv\n").run("shell").exitCode()).isEqualTo(2);
        assertThat(cli.stdin("list --maturity ancient\nshow nope\n").run("shell").exitCode()).isEqualTo(3);
        assertThat(cli.stdin("show nope\nexit\nlist --maturity ancient\n").run("shell").exitCode())
                .as("nothing runs after exit").isEqualTo(3);
        assertThat(cli.stdin("list -o csv\nshow nats\n").run("shell").exitCode()).isZero();
    }

    @Test
    void aPipedLineWithAnInternalErrorGivesSeventyAndTheShellGoesOn() {
        Result result = new CliRun(home).with(context -> context.urlOpener(url -> {
            throw new IllegalStateException("the opener broke");
        })).stdin("open nats\nshow nats -o markdown\n").run("shell");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(70);
        assertThat(result.out()).contains("# NATS");
        assertThat(result.err()).contains("internal error: IllegalStateException").doesNotContain("\tat ");
    }

    @Test
    void aShellInsideTheShellIsAUsageError() {
        Result result = new CliRun(home).stdin("shell\n").run("shell");

        assertOneErrorLine(result, 2);
        assertThat(result.err()).contains("already in the shell");
    }
}
