package dev.cncfcontrib.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drives {@code bin/cncf-contrib} as a user would: as a process, with a private HOME and XDG_CACHE_HOME, and checks
 * what shows: the output, the exit status, a silent stderr, and the class-data-sharing archive in the cache.
 * Runs after {@code package} (failsafe), against {@code target/cncf-contrib.jar}; never touches the network.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LauncherIT {

    private static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    /** The JDK running this test: JAVA_HOME of every run unless a test says otherwise. */
    private static final Path JDK = Path.of(System.getProperty("java.home"));
    private static final long RUN_TIMEOUT_SECONDS = 120;

    private static Path launcher;
    private static Path jar;

    @TempDir
    Path tmp;
    private Path home;
    private Path cacheHome;
    /** Numbers each run's output files. */
    private int runs;

    /** What a run left: its exit status and output. */
    record Run(int exit, String out, String err) {

        List<String> errLines() {
            return err.isEmpty() ? List.of() : err.lines().toList();
        }
    }

    @BeforeAll
    static void locate() {
        // Failsafe runs in the project's base directory.
        Path root = Path.of("").toAbsolutePath();
        launcher = root.resolve("bin/cncf-contrib");
        assertThat(launcher).as("the launcher").isRegularFile().isExecutable();
        jar = root.resolve("target/cncf-contrib.jar");
        assertThat(jar).as("the packaged jar (run `mvn package`)").isRegularFile();
    }

    @BeforeEach
    void privateHome() throws IOException {
        home = Files.createDirectories(tmp.resolve("home"));
        cacheHome = tmp.resolve("cache");
    }

    @Test
    void firstRunCreatesOneArchiveWhichTheSecondRunUses() throws Exception {
        Run first = run(Map.of(), "--version");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).matches("cncf-contrib \\d+\\.\\d+\\.\\d+\\S*\\R");
        assertThat(first.err()).isEmpty();
        Path archive = onlyArchive(JDK);
        FileTime created = Files.getLastModifiedTime(archive);

        Run second = run(Map.of(), "--version");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();
        assertThat(onlyArchive(JDK)).isEqualTo(archive);
        assertThat(Files.getLastModifiedTime(archive)).as("reused, not rewritten").isEqualTo(created);

        // The JVM's class-loading log shows where the program's own classes came from.
        Path log = tmp.resolve("classes.log");
        Run logged = run(Map.of("CNCF_CONTRIB_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "--version");
        assertThat(logged.exit()).isZero();
        assertThat(logged.err()).isEmpty();
        assertThat(Files.readString(log)).containsPattern("dev\\.cncfcontrib\\.Main source: shared objects file");
        if (featureOf(JDK) < 25) {
            // one static archive of the run's classes, the JDK's included (magic 0xf00baba2; a dynamic one on top
            // of the JDK's default archive is 0xf00baba8): it maps only what the program uses
            assertThat(Files.readString(log)).containsPattern("java\\.lang\\.Object source: shared objects file");
            byte[] magic = Arrays.copyOf(Files.readAllBytes(archive), 4);
            assertThat(magic).containsExactly(0xa2, 0xab, 0x0b, 0xf0);
        }
    }

    @Test
    void archiveOfAnOptionsRunGivesWayToOneOfACommandRun() throws Exception {
        assertThat(run(Map.of(), "--help").exit()).isZero();
        Path optionsArchive = onlyArchive(JDK);

        // `--help` loads none of a command's classes: the first command that runs records its own archive.
        Run command = run(Map.of(), "list", "--help");
        assertThat(command.exit()).isZero();
        assertThat(command.err()).isEmpty();
        Path commandArchive = onlyArchive(JDK);
        assertThat(commandArchive).isNotEqualTo(optionsArchive);

        Run version = run(Map.of(), "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.err()).isEmpty();
        assertThat(onlyArchive(JDK)).as("options runs use the command's archive too").isEqualTo(commandArchive);
    }

    @Test
    void commandsThatGoOnlineKeepAnArchiveOfTheirOwnBesideTheOthers() throws Exception {
        assertThat(run(Map.of(), "list", "--maturity", "incubating").exit()).isZero();
        Path commandArchive = onlyArchive(JDK);

        // issues and links load the HTTP client and the JSON binder, which the other archive lacks
        Run online = run(Map.of(), "issues", "--help");
        assertThat(online.exit()).isZero();
        assertThat(online.err()).isEmpty();
        List<Path> archives = files(cacheHome);
        assertThat(archives).hasSize(2).contains(commandArchive);
        assertThat(archives).anySatisfy(path -> assertThat(path.getFileName().toString()).contains(".online."));

        assertThat(run(Map.of(), "show", "k8s").exit()).isZero();
        assertThat(run(Map.of(), "links", "--help").exit()).isZero();
        assertThat(files(cacheHome)).as("each kind of command uses its archive; neither replaces the other")
                .containsExactlyInAnyOrderElementsOf(archives);
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "text", "random"})
    void corruptArchiveIsIgnoredSilently(String garbage) throws Exception {
        Run good = run(Map.of(), "--version");
        assertThat(good.exit()).isZero();
        Path archive = onlyArchive(JDK);
        archive.toFile().setWritable(true);
        Files.write(archive, switch (garbage) {
            case "empty" -> new byte[0];
            case "text" -> "garbage\n".getBytes(StandardCharsets.US_ASCII);
            default -> randomBytes(256 * 1024);
        });

        for (int i = 0; i < 2; i++) {
            Run run = run(Map.of(), "--version");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).isEqualTo(good.out());
            assertThat(run.err()).isEmpty();
        }
        Run help = run(Map.of(), "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage:");
        assertThat(help.err()).isEmpty();
    }

    @Test
    void archiveMadeForAnotherJarIsIgnoredSilently() throws Exception {
        Run good = run(Map.of(), "--version");
        Path archive = onlyArchive(JDK);
        Files.delete(archive);
        // JDK 17 ties an archive to the jar file itself: one made for a copy does not fit.
        Path copy = Files.copy(jar, tmp.resolve("copy.jar"));
        String dump = (featureOf(JDK) >= 25 ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive;
        Process process = new ProcessBuilder(JDK.resolve("bin/java").toString(), dump, "-jar", copy.toString(),
                "--version").redirectErrorStream(true).redirectOutput(tmp.resolve("dump.log").toFile()).start();
        assertThat(process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(archive).isNotEmptyFile();

        for (int i = 0; i < 2; i++) {
            Run run = run(Map.of(), "--version");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).isEqualTo(good.out());
            assertThat(run.err()).isEmpty();
        }
    }

    @Test
    void cacheThatCannotBeCreatedIsDoneWithout() throws Exception {
        // Tests run as root, for whom no directory is read-only: a regular file cannot hold a cache either.
        Path notADirectory = Files.writeString(tmp.resolve("not-a-directory"), "x");

        Run run = run(Map.of("XDG_CACHE_HOME", notADirectory.toString()), "--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("cncf-contrib ");
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(notADirectory)).isEqualTo("x");
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void exitStatusPassesThroughOnFirstAndLaterRuns() throws Exception {
        // The first run records an archive (the launcher waits for java); a failed run keeps none.
        Run first = run(Map.of(), "--bogus");
        assertThat(first.exit()).isEqualTo(2);
        assertThat(first.err()).contains("--bogus");
        assertThat(files(cacheHome)).as("nothing kept after a failed run").isEmpty();

        assertThat(run(Map.of(), "--version").exit()).isZero();
        onlyArchive(JDK);
        // An options run with the archive in place execs java; a command's first run records again and waits.
        assertThat(run(Map.of(), "--bogus").exit()).isEqualTo(2);
        assertThat(run(Map.of(), "list", "--maturity", "bogus").exit()).isEqualTo(2);

        Run unknown = run(Map.of(), "show", "nosuchproject");
        assumeThat(unknown.exit()).as("the bundled catalog is in the jar").isNotEqualTo(4);
        assertThat(unknown.exit()).isEqualTo(3);
    }

    @Test
    void javaOptionsReachTheJvmAfterTheLaunchersOwn() throws Exception {
        Run bad = run(Map.of("CNCF_CONTRIB_JAVA_OPTS", "-Dx=1 -XX:+NoSuchOptionForCncfContrib"), "--version");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("NoSuchOptionForCncfContrib");

        // Split on spaces, and the last word wins: the user's TieredStopAtLevel overrides the launcher's.
        Run flags = run(Map.of("CNCF_CONTRIB_JAVA_OPTS", " -XX:+PrintCommandLineFlags   -XX:TieredStopAtLevel=3 "),
                "--version");
        assertThat(flags.exit()).isZero();
        assertThat(flags.out()).contains("-XX:TieredStopAtLevel=3", "-XX:+UseSerialGC", "-XX:-UsePerfData")
                .containsPattern("(?m)^cncf-contrib \\d+\\.\\d+");
        assertThat(flags.err()).isEmpty();
    }

    @Test
    void longRunningCommandsKeepTheJvmDefaults() throws Exception {
        // The launcher decides by the first argument alone, before the program looks at it.
        Run shell = run(Map.of("CNCF_CONTRIB_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "shell", "--help");
        assertThat(shell.out()).contains("-XX:+PrintCommandLineFlags").doesNotContain("TieredStopAtLevel", "UseSerialGC");

        Run list = run(Map.of("CNCF_CONTRIB_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "list", "--help");
        assertThat(list.out()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").doesNotContain("-XX:NewSize=");

        // check dco streams a range through a small young generation (bench/dco-check.sh)
        Run check = run(Map.of("CNCF_CONTRIB_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "check", "--help");
        assertThat(check.out()).contains("-XX:TieredStopAtLevel=1", "-XX:NewSize=2097152", "-XX:InitialHeapSize=8388608");
    }

    @Test
    void withoutJavaItSaysSoInOneLine() throws Exception {
        Path emptyPath = Files.createDirectories(tmp.resolve("empty-path"));

        Run run = run(Map.of("PATH", emptyPath.toString(), "JAVA_HOME", ""), "--version");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement(STRING).startsWith("cncf-contrib: ").contains("java");
    }

    @Test
    void javaHomeWithoutJavaSaysSoInOneLine() throws Exception {
        Run run = run(Map.of("JAVA_HOME", tmp.resolve("no-jdk-here").toString()), "--version");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement(STRING).contains("JAVA_HOME");
    }

    @Test
    void javaOlderThan17IsRefusedWithoutStartingIt() throws Exception {
        Path oldJdk = fakeJdk("old-jdk", "JAVA_VERSION=\"11.0.2\"\n");

        Run run = run(Map.of("JAVA_HOME", oldJdk.toString()), "--version");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement(STRING).contains("17", "11.0.2");
    }

    @Test
    void javaOfUnknownVersionStartsWithoutArchive() throws Exception {
        Path jdk = fakeJdk("unknown-jdk", null);

        Run run = run(Map.of("JAVA_HOME", jdk.toString()), "--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).as("the fake java echoes its arguments")
                .doesNotContain("SharedArchiveFile", "ArchiveClassesAtExit", "AOTCache", "AOTMode")
                .contains("-jar ", "cncf-contrib.jar --version");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void javaAndLauncherFoundThroughSymlinksOnPath() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("java"), JDK.resolve("bin/java"));
        Path link = Files.createSymbolicLink(bin.resolve("cncf-contrib"), launcher);
        String path = bin + ":/usr/bin:/bin";

        Run run = run(link, Map.of("PATH", path, "JAVA_HOME", ""), "--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("cncf-contrib ");
        assertThat(run.err()).isEmpty();
        // The archive's name carries the JDK's version: found from the release file at the link's real end.
        assertThat(onlyArchive(JDK).getFileName().toString()).contains(Runtime.version().toString().split("[+-]")[0]);
    }

    @Test
    void distributionLayoutFindsTheJarInLib() throws Exception {
        Path dist = tmp.resolve("dist");
        Path bin = Files.createDirectories(dist.resolve("bin"));
        Path lib = Files.createDirectories(dist.resolve("lib"));
        Path copy = Files.copy(launcher, bin.resolve("cncf-contrib"));
        Files.copy(jar, lib.resolve("cncf-contrib.jar"));
        // No .sha256 beside this jar: the archive is keyed on its size and time instead.

        Run first = run(copy, Map.of(), "--version");
        Run second = run(copy, Map.of(), "--version");

        assertThat(first.exit()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();
        onlyArchive(JDK);
    }

    @Test
    void missingJarSaysSoInOneLine() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("empty/bin"));
        Path copy = Files.copy(launcher, bin.resolve("cncf-contrib"));

        Run run = run(copy, Map.of(), "--version");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement(STRING).contains("cannot find cncf-contrib.jar", "mvn package");
    }

    @Test
    void concurrentFirstRunsLeaveOneArchive() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(start(launcher, Map.of(), runs + i, "--version"));
        }
        for (int i = 0; i < processes.size(); i++) {
            Run run = finish(processes.get(i), runs++);
            assertThat(run.exit()).isZero();
            assertThat(run.out()).startsWith("cncf-contrib ");
            assertThat(run.err()).isEmpty();
        }
        onlyArchive(JDK);
        assertThat(run(Map.of(), "--version").err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"this", "temurin-25"})
    void jvmThatCannotStartSaysWhyEvenOnAFirstRun(String which) throws Exception {
        Path jdk = which.equals("this") ? JDK : TEMURIN_25;
        assumeThat(jdk.resolve("bin/java")).as(jdk + " is installed").isExecutable();
        // The java launcher's own variable: CNCF_CONTRIB_JAVA_OPTS would stop the launcher from recording.
        Map<String, String> env = Map.of("JAVA_HOME", jdk.toString(), "JDK_JAVA_OPTIONS", "-Xmx1k");

        Run run = run(env, "--version");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out() + run.err()).contains("Error occurred during initialization of VM");
        assertThat(files(cacheHome)).isEmpty();
    }

    @Test
    void jdk25UsesAnAotCache() throws Exception {
        assumeThat(TEMURIN_25.resolve("bin/java")).as("Temurin 25 is installed").isExecutable();
        Map<String, String> env = Map.of("JAVA_HOME", TEMURIN_25.toString());

        Run first = run(env, "--version");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).as("nothing but the program's output, even while the cache is recorded")
                .matches("cncf-contrib \\d+\\.\\d+\\.\\d+\\S*\\R");
        assertThat(first.err()).isEmpty();
        Path cache = onlyArchive(TEMURIN_25);
        assertThat(cache.getFileName().toString()).endsWith(".aot");

        Run second = run(env, "--version");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();
        assertThat(onlyArchive(TEMURIN_25)).isEqualTo(cache);

        Files.write(cache, randomBytes(64 * 1024));
        Run corrupt = run(env, "--version");
        assertThat(corrupt.exit()).isZero();
        assertThat(corrupt.out()).isEqualTo(first.out());
        assertThat(corrupt.err()).isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private Run run(Map<String, String> env, String... args) throws Exception {
        return run(launcher, env, args);
    }

    private Run run(Path command, Map<String, String> env, String... args) throws Exception {
        int n = runs++;
        return finish(start(command, env, n, args), n);
    }

    private Process start(Path command, Map<String, String> env, int n, String... args) throws IOException {
        List<String> argv = new ArrayList<>();
        argv.add(command.toString());
        argv.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(argv).directory(tmp.toFile());
        Map<String, String> environment = builder.environment();
        // Anything that makes a JVM talk on its own, or changes the launcher's choices, stays out.
        Stream.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "CNCF_CONTRIB_JAVA_OPTS",
                "CNCF_CONTRIB_CATALOG", "COLUMNS", "NO_COLOR").forEach(environment::remove);
        environment.put("HOME", home.toString());
        environment.put("XDG_CACHE_HOME", cacheHome.toString());
        environment.put("JAVA_HOME", JDK.toString());
        env.forEach((name, value) -> {
            if (value.isEmpty() && name.equals("JAVA_HOME")) {
                environment.remove(name);
            } else {
                environment.put(name, value);
            }
        });
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.redirectOutput(tmp.resolve("out-" + n).toFile());
        builder.redirectError(tmp.resolve("err-" + n).toFile());
        return builder.start();
    }

    private Run finish(Process process, int n) throws Exception {
        if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish within " + RUN_TIMEOUT_SECONDS + " s");
        }
        return new Run(process.exitValue(), Files.readString(tmp.resolve("out-" + n)),
                Files.readString(tmp.resolve("err-" + n)));
    }

    /** The one file in the launcher's cache, which must be an archive for {@code jdk}: no leftovers beside it. */
    private Path onlyArchive(Path jdk) throws IOException {
        List<Path> files = files(cacheHome);
        assertThat(files).as("files in the cache").hasSize(1);
        Path archive = files.get(0);
        assertThat(archive.getParent()).isEqualTo(cacheHome.resolve("cncf-contrib"));
        assertThat(archive.getFileName().toString()).endsWith(featureOf(jdk) >= 25 ? ".aot" : ".jsa");
        assertThat(Files.size(archive)).isPositive();
        return archive;
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static int featureOf(Path jdk) throws IOException {
        for (String line : Files.readAllLines(jdk.resolve("release"))) {
            if (line.startsWith("JAVA_VERSION=")) {
                return Runtime.Version.parse(line.substring("JAVA_VERSION=".length()).replace("\"", "")).feature();
            }
        }
        throw new AssertionError("no JAVA_VERSION in " + jdk.resolve("release"));
    }

    /** A JDK directory whose bin/java only echoes its arguments; with a release file when one is given. */
    private Path fakeJdk(String name, String release) throws IOException {
        Path jdk = Files.createDirectories(tmp.resolve(name).resolve("bin")).getParent();
        Path java = Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\necho \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        if (release != null) {
            Files.writeString(jdk.resolve("release"), release);
        }
        return jdk;
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(17).nextBytes(bytes);
        return bytes;
    }
}
