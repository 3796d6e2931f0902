package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input of every kind: one line on stderr, the exit code from the table, no stack trace. */
class ErrorHandlingTest {

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(home);
    }

    private static void assertOneLineError(Result result, int exitCode) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(exitCode);
        assertThat(result.out()).as(result.toString()).isEmpty();
        assertThat(result.err().lines()).as(result.toString()).hasSize(1);
        assertThat(result.err()).startsWith("error: ").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void unknownOptionIsAUsageErrorWithASuggestion() {
        Result result = cli.run("list", "--maturty", "graduated");

        assertOneLineError(result, 2);
        assertThat(result.err()).contains("unknown option '--maturty'", "Did you mean: --maturity?", "cncf-contrib list --help");
    }

    @Test
    void anArgumentStartingWithAnAtSignIsTakenAsTyped() {
        // picocli would read '@FILE' as a file of arguments: '@/' was a stack trace (a fuzzing finding)
        Result directory = cli.run("list", "@/");
        Result name = cli.run("show", "@kubernetes");

        assertOneLineError(directory, 2);
        assertThat(directory.err()).contains("'@/'");
        assertOneLineError(name, 3);
        assertThat(name.err()).contains("no project named '@kubernetes'");
    }

    @Test
    void unknownCommandSuggestsTheCommand() {
        Result result = cli.run("lsit");

        assertOneLineError(result, 2);
        assertThat(result.err()).contains("unknown command 'lsit'", "Did you mean: list?");
    }

    @Test
    void truncatedCatalogNamesFileLineAndColumn() {
        String whole = Fixtures.text("catalog-small.json");
        Path file = Fixtures.write(home, "truncated.json", whole.substring(0, whole.length() / 2));

        Result result = cli.run("list", "--catalog", file.toString());

        assertOneLineError(result, 4);
        assertThat(result.err()).matches("error: " + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: malformed JSON: .*\\n");
    }

    @Test
    void wrongTypeNamesTheFieldAndWhereItIs() {
        String wrong = Fixtures.text("catalog-small.json").replace("\"name\": \"NATS\"", "\"name\": 42");
        Path file = Fixtures.write(home, "wrong-type.json", wrong);
        int line = (int) wrong.substring(0, wrong.indexOf("\"name\": 42")).lines().count();

        Result result = cli.run("list", "--catalog", file.toString());

        assertOneLineError(result, 4);
        assertThat(result.err()).contains(file + ":" + line + ":").contains("projects[2] (nats).name must be a string, found a number");
    }

    @Test
    void wrongEnumValueListsTheValidOnes() {
        Path file = Fixtures.write(home, "bad-maturity.json", Fixtures.text("catalog-small.json").replace("\"incubating\"", "\"incubated\""));

        Result result = cli.run("list", "--catalog", file.toString());

        assertOneLineError(result, 4);
        assertThat(result.err()).contains("maturity: 'incubated' is not one of graduated, incubating, sandbox, archived");
    }

    @Test
    void emptyFileIsADataError() {
        Path file = Fixtures.write(home, "empty.json", "");

        Result result = cli.run("list", "--catalog", file.toString());

        assertOneLineError(result, 4);
        assertThat(result.err()).isEqualTo("error: " + file + ": the file is empty; expected a JSON object\n");
    }

    @Test
    void missingFileAndDirectoryAreDataErrors() {
        assertOneLineError(cli.run("list", "--catalog", home.resolve("nope.json").toString()), 4);
        assertOneLineError(cli.run("list", "--catalog", home.toString()), 4);
    }

    @Test
    void arrayInsteadOfObjectIsADataError() {
        Path file = Fixtures.write(home, "array.json", "[1, 2, 3]");

        Result result = cli.run("show", "--catalog", file.toString(), "k8s");

        assertOneLineError(result, 4);
        assertThat(result.err()).contains(":1:1: the catalog must be an object, found an array");
    }

    @Test
    void newerSchemaVersionAsksForAnUpdate() {
        Path file = Fixtures.write(home, "future.json", Fixtures.text("catalog-small.json").replace("\"schemaVersion\": 2", "\"schemaVersion\": 9"));

        Result result = cli.run("list", "--catalog", file.toString());

        assertOneLineError(result, 4);
        assertThat(result.err()).contains("schema version 9 is newer than this cncf-contrib understands (2); update cncf-contrib");
    }

    @Test
    void nonHttpUrlsInACatalogAreRefused() {
        Path file = Fixtures.write(home, "js-url.json", Fixtures.text("catalog-small.json")
                .replace("https://slack.k8s.io/", "javascript:alert(1)"));

        Result result = cli.run("list", "--catalog", file.toString());

        assertOneLineError(result, 4);
        assertThat(result.err()).contains("chat[0].url must be an http or https URL");
    }

    @Test
    void catalogFromTheEnvironment() {
        Path file = Fixtures.file(home, "catalog-small.json");

        Result result = cli.env(Context.CATALOG_ENV, file.toString()).run("list", "-o", "csv");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).hasSize(4);
    }

    @Test
    void optionBeatsTheEnvironment() {
        Path good = Fixtures.file(home, "catalog-small.json");

        Result result = cli.env(Context.CATALOG_ENV, home.resolve("missing.json").toString())
                .run("--catalog", good.toString(), "list", "-o", "csv");

        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    @Test
    void verbosePrintsTheStackTrace() throws Exception {
        Path file = Fixtures.write(home, "empty.json", "");

        Result result = cli.run("--verbose", "list", "--catalog", file.toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("CatalogException").contains("\tat ");
    }

    @Test
    void helpAndVersionExitZero() {
        Result help = cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Commands:", "list", "show", "groups", "Exit codes:", "130");
        assertThat(cli.run("list", "--help").out()).contains("--maturity", "Exit codes:");
        assertThat(cli.run("--version").out()).matches("cncf-contrib \\d+\\.\\d+\\.\\d+.*\\n");
        assertThat(cli.run().out()).as("no command shows the help").contains("Commands:");
    }

    @Test
    void unreadableEnvironmentPathIsADataError() {
        Result result = cli.env(Context.CATALOG_ENV, "bad\u0000name").run("list");

        assertOneLineError(result, 4);
    }

    @Test
    void catalogInADirectoryWithoutPermissionsStillGivesOneLine() throws Exception {
        Path dir = Files.createDirectory(home.resolve("locked"));
        Path catalog = Fixtures.file(dir, "catalog-small.json");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(catalog), "a permission cannot deny reading here (running as root, or a file"
                    + " system without POSIX permissions), so there is no unreadable catalog to test with");

            Result result = cli.run("list", "--catalog", catalog.toString());

            assertOneLineError(result, 4);
            assertThat(result.err()).contains(catalog.toString(), "cannot read");
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
