package dev.cncfcontrib.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.cncfcontrib.docs.GenerateDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What `mvn package` hands a user, checked after it ran (failsafe): the distribution archive, the man pages, and the
 * completion scripts in real shells (src/test/sh/completion.sh and manpages.sh; .ci/run installs the tools they
 * need, and where one is missing they exit 77 and the test is skipped).
 */
class PackageIT {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final int SKIPPED = 77;

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void tabCompletesCommandsOptionsValuesAndProjectsInBashZshAndFish() throws Exception {
        script("src/test/sh/completion.sh");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyManPageRendersWithoutWarnings() throws Exception {
        script("src/test/sh/manpages.sh");
    }

    @Test
    void thereIsAManPageForEveryCommand() throws IOException {
        List<String> expected = new ArrayList<>();
        pages(GenerateDocs.tree(), expected);
        try (Stream<Path> files = Files.list(ROOT.resolve("target/man/man1"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(expected)
                    .contains("cncf-contrib.1", "cncf-contrib-list.1", "cncf-contrib-catalog-import.1",
                            "cncf-contrib-check-dco.1", "cncf-contrib-setup-signoff.1");
        }
    }

    @Test
    void distributionArchiveHoldsLauncherJarCompletionsManPagesReadmeAndLicence() throws Exception {
        Path archive = ROOT.resolve("target/cncf-contrib-" + version() + ".tar.gz");
        assertThat(archive).isRegularFile();
        String base = "cncf-contrib-" + version() + "/";

        List<String> listing = run(List.of("tar", "-tvzf", archive.toString()), 0);

        assertThat(names(listing)).contains(base + "bin/cncf-contrib", base + "lib/cncf-contrib.jar",
                base + "lib/cncf-contrib.jar.sha256", base + "completions/cncf-contrib.bash",
                base + "completions/cncf-contrib.zsh", base + "completions/cncf-contrib.fish",
                base + "man/man1/cncf-contrib.1", base + "man/man1/cncf-contrib-list.1",
                base + "README.md", base + "LICENSE", base + "docs/commands.md", base + "docs/catalog.md");
        assertThat(names(listing)).allMatch(name -> name.startsWith(base), "everything under " + base);
        assertThat(listing).filteredOn(line -> line.endsWith(" " + base + "bin/cncf-contrib")).singleElement()
                .asString().startsWith("-rwxr-xr-x");
        assertThat(listing).filteredOn(line -> line.contains("/completions/") || line.contains("/man1/"))
                .allMatch(line -> line.startsWith("-rw-r--r--"));

        // Unpacked, the sha256 beside the jar is the jar's and the completions are the committed ones.
        run(List.of("tar", "-xzf", archive.toString(), "-C", tmp.toString()), 0);
        Path unpacked = tmp.resolve(base);
        assertThat(Files.readString(unpacked.resolve("lib/cncf-contrib.jar.sha256")).trim())
                .startsWith(run(List.of("sha256sum", unpacked.resolve("lib/cncf-contrib.jar").toString()), 0)
                        .get(0).split(" ")[0]);
        for (String shell : List.of("bash", "zsh", "fish")) {
            assertThat(unpacked.resolve("completions/cncf-contrib." + shell))
                    .hasSameTextualContentAs(ROOT.resolve("completions/cncf-contrib." + shell));
        }
        List<String> version = run(List.of(unpacked.resolve("bin/cncf-contrib").toString(), "--version"), 0);
        assertThat(version).singleElement().asString().startsWith("cncf-contrib " + version());
    }

    private void script(String path) throws Exception {
        Path log = tmp.resolve("script.log");
        Process process = new ProcessBuilder("bash", ROOT.resolve(path).toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        String output = Files.readString(log);
        assumeThat(exit).as(output).isNotEqualTo(SKIPPED);
        assertThat(exit).as(output).isZero();
    }

    private static void pages(CommandLine command, List<String> names) {
        names.add(command.getCommandSpec().qualifiedName("-") + ".1");
        for (CommandLine sub : command.getSubcommands().values()) {
            pages(sub, names);
        }
    }

    private static List<String> names(List<String> listing) {
        return listing.stream().map(line -> line.substring(line.lastIndexOf(' ') + 1)).toList();
    }

    private List<String> run(List<String> command, int expectedExit) throws Exception {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> lines = Files.readAllLines(out);
        assertThat(process.exitValue()).as(command + "\n" + String.join("\n", lines)).isEqualTo(expectedExit);
        return lines;
    }

    /** The pom's version, which failsafe passes in. */
    private static String version() {
        String version = System.getProperty("project.version");
        assertThat(version).as("system property project.version (set in the pom's failsafe configuration)").isNotBlank();
        return version;
    }
}
