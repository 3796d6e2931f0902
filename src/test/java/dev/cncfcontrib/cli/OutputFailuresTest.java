package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import dev.cncfcontrib.Fixtures;
import dev.cncfcontrib.files.SpecialFiles;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Output that cannot be written is never reported as success (issue 16, findings 2 and 5): stdout on a full
 * device, output files that are links, FIFOs or devices. A reader that goes away ({@code | head -1}) is not a
 * failure.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OutputFailuresTest {

    @TempDir
    Path home;

    private CliRun cli;
    private Path landscape;

    @BeforeEach
    void setUp() {
        cli = new CliRun(home).env(Context.CATALOG_ENV, Fixtures.file(home, "catalog-small.json").toString());
        landscape = Fixtures.file(home, "landscape-small.yml");
    }

    static Stream<List<String>> commandsThatPrint() {
        return Stream.of(List.of("list"), List.of("list", "-o", "json"), List.of("show", "kubernetes"),
                List.of("plan", "nats"), List.of("catalog", "diff", "SMALL", "SMALL"), List.of("completion", "bash"),
                List.of("dco"), List.of("wizard", "--project", "nats", "--yes"), List.of("catalog", "info"));
    }

    private String[] args(List<String> line) {
        return line.stream().map(word -> word.equals("SMALL") ? home.resolve("catalog-small.json").toString() : word)
                .toArray(String[]::new);
    }

    @ParameterizedTest
    @MethodSource("commandsThatPrint")
    void stdoutOnAFullDeviceIsOneLineAndExit4(List<String> line) throws Exception {
        try (OutputStream full = new FileOutputStream(SpecialFiles.full().toFile())) {
            Result result = cli.stdout(full).run(args(line));

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.DATA_ERROR);
            assertThat(result.err().lines().filter(l -> l.startsWith("error:")))
                    .containsExactly("error: cannot write the output: No space left on device");
            assertThat(result.err()).doesNotContain("\tat ");
        }
    }

    @ParameterizedTest
    @MethodSource("commandsThatPrint")
    void aReaderThatWentAwayIsNoFailure(List<String> line) throws Exception {
        Pipe pipe = Pipe.open();
        pipe.source().close(); // like 'head -1' having read its line and left
        try (OutputStream gone = Channels.newOutputStream(pipe.sink())) {
            Result result = cli.stdout(gone).run(args(line));

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.err()).doesNotContain("error:");
        }
    }

    @Test
    void planToAFifoIsWrittenThroughItAndTheFifoStays() throws Exception {
        Path fifo = SpecialFiles.fifo(home.resolve("plan.fifo"));
        CompletableFuture<byte[]> reader = SpecialFiles.readInBackground(fifo);

        Result result = cli.run("plan", "nats", "-o", "markdown", "--output-file", fifo.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(new String(reader.get(20, TimeUnit.SECONDS), StandardCharsets.UTF_8)).contains("- [ ]").contains("NATS");
        assertThat(SpecialFiles.isOther(fifo)).as("still a FIFO").isTrue();
    }

    @Test
    void planToASymlinkUpdatesItsTargetAndKeepsTheLink() throws Exception {
        Path shared = Files.createDirectories(home.resolve("shared"));
        Path target = Files.writeString(shared.resolve("nats-plan.md"), "stale");
        Path link = Files.createSymbolicLink(home.resolve("plan.md"), target);

        Result result = cli.run("plan", "nats", "-o", "markdown", "--output-file", link.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(target).content().contains("NATS").doesNotContain("stale");
    }

    @Test
    void planToAFullDeviceFailsInOneLineAndLeavesTheDevice() throws Exception {
        Path full = SpecialFiles.full();

        Result result = cli.run("plan", "nats", "--output-file", full.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(result.err()).hasLineCount(1).isEqualTo("error: cannot write /dev/full: No space left on device\n");
        assertThat(SpecialFiles.isOther(full)).as("the device is still a device").isTrue();
    }

    @Test
    void catalogImportToAFullDeviceIsADataError() throws Exception {
        Path full = SpecialFiles.full();

        Result result = cli.run("catalog", "import", "--landscape", landscape.toString(), "-o", full.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(result.err().lines().filter(l -> l.startsWith("error:")))
                .containsExactly("error: cannot write /dev/full: No space left on device");
        assertThat(result.err()).doesNotContain("Imported");
        assertThat(SpecialFiles.isOther(full)).isTrue();
    }

    @Test
    void catalogImportToALinkIntoProcWritesThroughIt() throws Exception {
        // /dev/stdout is a link to /proc/self/fd/1; a private one to a FIFO's descriptor would need the fd number,
        // so this one leads to /dev/full through /proc/self/root: written through, never renamed over
        Path link = Files.createSymbolicLink(home.resolve("stdout"), Path.of("/proc/self/root/dev/full"));
        SpecialFiles.full();

        Result result = cli.run("catalog", "import", "--landscape", landscape.toString(), "-o", link.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(Files.isSymbolicLink(link)).as("the link is left a link").isTrue();
    }
}
