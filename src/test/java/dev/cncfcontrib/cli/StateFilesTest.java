package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import dev.cncfcontrib.GitRepo;
import dev.cncfcontrib.files.SpecialFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files the program keeps for itself (progress.json, the hooks directory) when something else is at their
 * place (issue 16, findings 3, 4, 9 and 11): never a hang, never a stack trace; what cannot be read is set aside
 * like a damaged file, what cannot be written is one line and exit 4.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StateFilesTest {

    @TempDir
    Path home;

    private CliRun cli;
    private Path state;
    private Path progress;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(home).env(Context.CATALOG_ENV, Fixtures.file(home, "catalog-small.json").toString());
        state = Files.createDirectories(home.resolve("state/cncf-contrib"));
        progress = state.resolve("progress.json");
    }

    static Stream<List<String>> commandsThatReadProgress() {
        return Stream.of(List.of("status"), List.of("wizard", "--project", "nats", "--yes"), List.of("plan", "nats"));
    }

    private static void assertSetAsideWithOneWarning(Result result, String reason) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err().lines().filter(line -> line.startsWith("warning:")).toList()).as(result.toString())
                .singleElement().asString().contains(reason).contains("progress.json.corrupt-");
        assertThat(result.err()).doesNotContain("error:").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @MethodSource("commandsThatReadProgress")
    void aFifoAsProgressIsSetAsideNotOpened(List<String> line) throws Exception {
        SpecialFiles.fifo(progress);

        Result result = cli.run(line.toArray(String[]::new));

        assertSetAsideWithOneWarning(result, "not a regular file");
        try (var kept = Files.list(state)) {
            assertThat(kept.filter(path -> path.getFileName().toString().startsWith("progress.json.corrupt-")))
                    .singleElement().satisfies(path -> assertThat(SpecialFiles.isOther(path)).isTrue());
        }
    }

    @ParameterizedTest
    @MethodSource("commandsThatReadProgress")
    void aDirectoryAsProgressIsSetAside(List<String> line) throws Exception {
        Files.createDirectories(progress.resolve("inside"));

        Result result = cli.run(line.toArray(String[]::new));

        assertSetAsideWithOneWarning(result, "a directory");
    }

    @Test
    void aLinkedProgressFileStaysALinkWhenSaved() throws Exception {
        Path dotfiles = Files.createDirectories(home.resolve("dotfiles"));
        Path target = dotfiles.resolve("progress.json");
        Files.createSymbolicLink(progress, target);

        Result wizard = cli.run("wizard", "--project", "nats", "--yes");

        assertThat(wizard.exitCode()).as(wizard.toString()).isZero();
        assertThat(Files.isSymbolicLink(progress)).as("still a link").isTrue();
        assertThat(target).content().contains("\"nats\"");
        assertThat(cli.run("status").out()).contains("NATS");
    }

    @Test
    void aDamagedProgressFileQuotingEscapesIsReportedVisibly() throws Exception {
        // the date parser's message quotes the text it choked on ("Text '...' could not be parsed"), and the JSON
        // escapes decode to raw ESC and BEL; a terminal must not obey them
        Files.writeString(progress, "{\"version\": 1, \"projects\": [{\"id\": \"x\", \"name\": \"x\", \"updated\": \"x\","
                + " \"started\": \"\\u001b]0;owned\\u0007\\u001b[2J\", \"steps\": []}]}", StandardCharsets.UTF_8);

        Result result = cli.terminal(120, true).run("status");

        assertThat(result.err()).contains("could not be read");
        HostileCatalogSweepTest.assertNothingRaw(result.err(), false);
        HostileCatalogSweepTest.assertNothingRaw(result.out(), true);
    }

    @Test
    void aStateDirectoryUnderARegularFileIsOneLineAndExit4() throws Exception {
        Path file = Files.writeString(home.resolve("not-a-directory"), "x");
        cli.env("XDG_STATE_HOME", file.toString());

        Result result = cli.run("wizard", "--project", "nats", "--yes");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(result.err()).hasLineCount(1).startsWith("error: cannot ")
                .contains(file.resolve("cncf-contrib/progress.json").toString()).containsIgnoringCase("not a directory");
    }

    @Test
    void aReadOnlyStateDirectoryIsOneLineAndExit4() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root writes anywhere").isNotEqualTo("root");
        assertThat(state.toFile().setWritable(false)).isTrue();
        try {
            Result result = cli.run("wizard", "--project", "nats", "--yes");

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.DATA_ERROR);
            assertThat(result.err()).hasLineCount(1).startsWith("error: cannot save progress to").contains("permission denied");
        } finally {
            state.toFile().setWritable(true);
        }
    }

    @Test
    void aHooksDirectoryThatIsAFileIsOneLineAndExit4() throws Exception {
        GitRepo repo = GitRepo.init(home.resolve("repo"), home).identity(GitRepo.JANE);
        Files.writeString(repo.dir().resolve("hooks-file"), "not a directory");
        repo.git("config", "core.hooksPath", "hooks-file");

        Result result = GitRepo.cli(home).run("setup", "signoff", "--repo", repo.dir().toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(result.err()).hasLineCount(1).startsWith("error: ").contains("hooks-file").doesNotContain("internal error");
    }
}
