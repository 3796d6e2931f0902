package dev.cncfcontrib.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged program through {@code bin/cncf-contrib} in the environments of issue 16 that only a real process
 * has: the C locale with non-ASCII file and folder names (finding 10), stdout on a full device, closed, or a pipe
 * whose reader leaves (finding 5), and an output file that is a link to the process's own stdout (finding 2).
 * Each case is a POSIX shell script, so that names with é and ü are made as bytes whatever this JVM's locale.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HostileEnvironmentIT {

    private static Path launcher;

    @TempDir
    Path tmp;

    @BeforeAll
    static void locate() {
        Path root = Path.of("").toAbsolutePath();
        launcher = root.resolve("bin/cncf-contrib");
        assertThat(launcher).isRegularFile().isExecutable();
        assertThat(root.resolve("target/cncf-contrib.jar")).as("the packaged jar").isRegularFile();
    }

    @BeforeEach
    void home() throws IOException {
        Files.createDirectories(tmp.resolve("home"));
    }

    private record Run(int exit, String out, String err) {
    }

    /** Runs {@code script} with sh in {@code tmp}; $CC is the launcher, HOME and XDG directories are private. */
    private Run sh(String script) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", script).directory(tmp.toFile());
        var env = builder.environment();
        List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "CNCF_CONTRIB_JAVA_OPTS", "CNCF_CONTRIB_CATALOG",
                "LC_CTYPE", "LC_MESSAGES", "LANGUAGE").forEach(env::remove);
        env.put("CC", launcher.toString());
        env.put("CATALOG", launcher.getParent().resolveSibling("data/catalog.json").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("HOME", tmp.resolve("home").toString());
        env.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        env.put("XDG_DATA_HOME", tmp.resolve("data").toString());
        env.put("XDG_STATE_HOME", tmp.resolve("state").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8));
    }

    /** A folder named 'répo' holding a clone with two commits, the second signed off; the script then cds into it. */
    private static final String REPO = "r=$(printf 'r\\303\\251po') && mkdir \"$r\" && cd \"$r\" && git init -q . "
            + "&& git -c user.name='Jane Doe' -c user.email=jane@example.org commit -q --allow-empty -m base "
            + "&& git -c user.name='Jane Doe' -c user.email=jane@example.org commit -q --allow-empty -s -m signed "
            + "&& git config user.name 'Jane Doe' && git config user.email jane@example.org && ";

    @Test
    void underTheCLocaleANonAsciiCatalogNameOpens() throws Exception {
        Run run = sh("f=$(printf 'caf\\303\\251-\\303\\274.json') && cp \"$CATALOG\" \"$f\""
                + " && LANG=C LC_ALL=C \"$CC\" list --catalog \"$f\" --maturity graduated -o csv");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("kubernetes");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void underTheCLocaleAFolderNamedRepoWorks() throws Exception {
        Run check = sh(REPO + "LANG=C LC_ALL=C \"$CC\" check dco --base HEAD~1");
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(check.err()).isEmpty();

        Run setup = sh("cd \"$(printf 'r\\303\\251po')\" && LANG=C \"$CC\" setup signoff");
        assertThat(setup.exit()).as(setup.out() + setup.err()).isZero();
        assertThat(setup.out()).contains("Installed the sign-off hook");

        Run doctor = sh("cd \"$(printf 'r\\303\\251po')\" && LC_ALL=POSIX \"$CC\" doctor");
        assertThat(doctor.out()).as(doctor.err()).contains("ok       git: git version");
        assertThat(doctor.err()).isEmpty();
    }

    @Test
    void stdoutOnAFullDeviceIsOneLineAndExit4() throws Exception {
        assumeThat(Path.of("/dev/full")).exists();

        Run run = sh("\"$CC\" list -o json > /dev/full");

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("error: cannot write the output: No space left on device\n");
    }

    @Test
    void aClosedStdoutIsOneLineAndExit4() throws Exception {
        Run run = sh("\"$CC\" list >&-");

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.err()).startsWith("error: cannot write the output: ").hasLineCount(1);
    }

    @Test
    void aReaderThatLeavesAfterOneLineIsNoFailure() throws Exception {
        // the reader reads one line, then exits while the writer still has lines to write
        Run run = sh("{ \"$CC\" list --maturity sandbox; echo \"exit $?\" >&2; } | head -1");

        assertThat(run.out()).startsWith("ID ").hasLineCount(1);
        assertThat(run.err()).isEqualTo("exit 0\n");
    }

    @Test
    void anOutputFileLinkedToStdoutWritesToThePipeAndStaysALink() throws Exception {
        Run run = sh("ln -s /proc/self/fd/1 to-stdout && \"$CC\" catalog import --landscape \"$LANDSCAPE\" -o to-stdout | wc -c"
                .replace("$LANDSCAPE", Path.of("src/test/resources/fixtures/landscape-small.yml").toAbsolutePath().toString())
                + " && test -L to-stdout && echo still-a-link");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("still-a-link");
        assertThat(Integer.parseInt(run.out().lines().findFirst().orElseThrow().trim())).as("bytes on the pipe").isGreaterThan(1000);
    }
}
